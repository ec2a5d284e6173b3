import type {PluginInputHandler} from "./index";
import Msg, {MessageType} from "../../models/msg";

const commands = ["topic", "searchchan"];

const input: PluginInputHandler = function (network, chan, cmd, args) {
	if (cmd === "searchchan") {
		const channelName = args[0] || chan.name;
		this.messageProvider?.searchChannel?.({networkUuid: network.uuid, channelName, searchTerm: "", offset: 0});
		return true;
	}
	if (args.length === 0) {
		network.irc.raw("TOPIC", chan.name);
		return true;
	}
	network.irc.setTopic(chan.name, args.join(" "));
	chan.pushMessage(this, new Msg({type: MessageType.NOTICE, text: "Topic change requested"}));
	return true;
};

export default {commands, input};
