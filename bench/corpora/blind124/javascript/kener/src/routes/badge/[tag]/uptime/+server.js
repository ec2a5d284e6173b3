import { makeNumberBadge } from '$lib/server/badge.js';
import { GetMonitorUptime } from '$lib/server/controllers/controller.js';

export async function GET({ params, url }) {
	const data = await GetMonitorUptime(params.tag, url.searchParams.get('days'));
	const svg = makeNumberBadge(params.tag, data ? data.uptime : 0);
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
