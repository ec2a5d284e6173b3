import { execAsyncRemote, execFileAsync } from "../utils/process/execAsync";
import { APP_NAME } from "../db/schema/application";

export const getContainersByAppNameMatch = async (appName: string, serverId: string | null) => {
	const filter = `--filter='name=${appName}'`;
	return execAsyncRemote(serverId, `docker ps -a ${filter} --format 'CONTAINER ID : {{.ID}} | Name: {{.Names}}'`);
};

export const getServiceStats = async (appName: string) => {
	if (!APP_NAME.test(appName)) {
		throw new Error("Invalid app name");
	}
	return execFileAsync("docker", ["stats", "--no-stream", "--format", "{{json .}}", appName]);
};

export const readContainerLogs = async (opts: { containerId: string; tail: number; since?: string; search?: string; serverId: string | null }) => {
	const since = opts.since ?? "all";
	const grep = opts.search ? ` | grep -i '${opts.search}'` : "";
	const command = `docker container logs --tail ${opts.tail} --since ${since} ${opts.containerId}${grep}`;
	return execAsyncRemote(opts.serverId, command);
};

export const readContainerLogsSafe = async (opts: { containerId: string; tail: number }) => {
	if (!/^[a-f0-9]{12,64}$/.test(opts.containerId)) {
		throw new Error("Invalid container id");
	}
	return execFileAsync("docker", ["container", "logs", "--tail", String(opts.tail), opts.containerId]);
};
