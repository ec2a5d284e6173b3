import type {PluginInputHandler} from "./index";
import {fetchPreview} from "../irc-events/link";

const commands = ["preview"];

const input: PluginInputHandler = function (network, chan, cmd, args) {
	const link = args[0];
	if (!link) return true;
	void fetchPreview(link, {language: this.config?.browser?.language ?? "en"}).then((preview) => {
		if (preview) chan.previews.push(preview);
	});
	return true;
};

export default {commands, input};
