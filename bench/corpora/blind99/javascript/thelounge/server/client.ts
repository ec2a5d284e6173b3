import {MessageStorage, SearchQuery} from "./plugins/messageStorage/types";
import inputs from "./plugins/inputs";
import Network from "./models/network";
import Chan from "./models/chan";

class Client {
	name: string;
	networks: Network[] = [];
	messageProvider?: MessageStorage;

	constructor(name: string) {
		this.name = name;
	}

	find(channelId: number): {network: Network; chan: Chan} | null {
		for (const network of this.networks) {
			const chan = network.channels.find((c) => c.id === channelId);
			if (chan) return {network, chan};
		}
		return null;
	}

	input(data: {target: number; text: string}) {
		const target = this.find(data.target);
		if (!target) return;
		let text = data.text;
		if (text.charAt(0) !== "/") text = "/say " + text;
		const args = text.split(" ");
		const cmd = args.shift()!.substring(1).toLowerCase();
		const plugin = inputs.userInputs.get(cmd);
		if (plugin) {
			plugin.input.apply(this, [target.network, target.chan, cmd, args]);
		} else if (target.network.irc) {
			target.network.irc.raw(text.substring(1));
		}
	}

	async search(query: SearchQuery) {
		if (!this.messageProvider?.isEnabled) {
			return {...query, results: []};
		}
		return this.messageProvider.search(query);
	}
}

export default Client;
