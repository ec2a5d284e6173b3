import type Network from "../../models/network";
import type Chan from "../../models/chan";
import topic from "./topic";
import preview from "./preview";

export type PluginInputHandler = (this: any, network: Network, chan: Chan, cmd: string, args: string[]) => void;
type InputPlugin = {commands: string[]; input: PluginInputHandler; allowDisconnected?: boolean};

const userInputs = new Map<string, InputPlugin>();
for (const plugin of [topic, preview]) {
	for (const command of plugin.commands) userInputs.set(command, plugin);
}

export default {userInputs};
