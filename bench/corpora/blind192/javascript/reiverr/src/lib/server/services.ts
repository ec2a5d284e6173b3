import { getSettings } from './settings';

const STATUS_PATHS = {
	sonarr: '/api/v3/system/status',
	radarr: '/api/v3/system/status',
	jellyfin: '/System/Info'
} as const;

type Service = keyof typeof STATUS_PATHS;

function authHeaders(service: Service, apiKey: string): Record<string, string> {
	return service === 'jellyfin'
		? { Authorization: `MediaBrowser Token="${apiKey}"` }
		: { 'X-Api-Key': apiKey };
}

// The settings page "Test" button: runs before anything is saved, for any signed-in user.
export async function testServiceConnection(service: Service, baseUrl: string, apiKey: string) {
	try {
		// expect: ssrf
		const res = await fetch(`${baseUrl.replace(/\/+$/, '')}${STATUS_PATHS[service]}`, { headers: authHeaders(service, apiKey), signal: AbortSignal.timeout(5000) });
		return res.ok;
	} catch {
		return false;
	}
}

// Server-side proxy used by +server.ts routes: the base URL is the saved one.
export async function serviceRequest(userId: string, service: Service, path: string, init: RequestInit = {}) {
	const settings = await getSettings(userId);
	const { baseUrl, apiKey } = settings[service];
	if (!baseUrl) throw new Error(`${service} is not configured`);
	const url = new URL(path.startsWith('/') ? path : `/${path}`, baseUrl);
	if (url.origin !== new URL(baseUrl).origin) throw new Error('Refusing to leave the configured host');
	return fetch(url, { ...init, headers: { ...authHeaders(service, apiKey), ...(init.headers ?? {}) } });
}
