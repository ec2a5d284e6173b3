import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "../trpc";
import { apiFindMonitoringStats, apiReadLogs } from "../../../../../packages/server/src/db/schema/application";
import {
	getContainersByAppNameMatch,
	getServiceStats,
	readContainerLogs,
	readContainerLogsSafe,
} from "../../../../../packages/server/src/services/docker";

export const dockerRouter = createTRPCRouter({
	getContainersByAppNameMatch: protectedProcedure.input(apiFindMonitoringStats).query(async ({ input }) => {
		return getContainersByAppNameMatch(input.appName, input.serverId);
	}),
	getStats: protectedProcedure.input(z.object({ appName: z.string() })).query(async ({ input }) => {
		return getServiceStats(input.appName);
	}),
	readLogs: protectedProcedure.input(apiReadLogs).query(async ({ input }) => {
		return input.search || input.since || input.serverId ? readContainerLogs(input) : readContainerLogsSafe(input);
	}),
});
