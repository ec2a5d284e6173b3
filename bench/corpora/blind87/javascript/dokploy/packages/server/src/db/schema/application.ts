import { z } from "zod";

export const APP_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const apiFindMonitoringStats = z.object({
	appName: z.string().min(1),
	serverId: z.string().nullable().default(null),
});

export const apiReadLogs = z.object({
	containerId: z.string().min(1),
	tail: z.number().int().min(1).max(10000).default(100),
	since: z.string().optional(),
	search: z.string().optional(),
	serverId: z.string().nullable().default(null),
});

export const apiSaveFileMount = z.object({
	appName: z.string().regex(APP_NAME),
	filePath: z.string().min(1),
	content: z.string(),
});

export const apiTestGitProvider = z.object({
	giteaUrl: z.string().url(),
	token: z.string(),
});
