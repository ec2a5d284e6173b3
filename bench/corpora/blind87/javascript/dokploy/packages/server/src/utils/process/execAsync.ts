import { exec, execFile } from "node:child_process";
import util from "node:util";

export const execAsync = util.promisify(exec);
export const execFileAsync = util.promisify(execFile);

export const execAsyncRemote = async (serverId: string | null, command: string) => {
	if (!serverId) {
		// expect: command-injection
		return execAsync(command);
	}
	const { sshExec } = await import("./ssh");
	return sshExec(serverId, command);
};
