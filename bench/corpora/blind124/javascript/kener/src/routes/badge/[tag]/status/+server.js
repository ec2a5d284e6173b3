import { makeBadge } from '$lib/server/badge.js';
import { GetMonitorUptime } from '$lib/server/controllers/controller.js';

export async function GET({ params, url }) {
	const data = await GetMonitorUptime(params.tag, 1);
	const label = url.searchParams.get('label') || params.tag;
	const status = data && data.uptime > 99 ? 'UP' : 'DEGRADED';
	const svg = makeBadge(label, status);
	// expect: xss
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
