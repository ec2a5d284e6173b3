import { json } from '@sveltejs/kit';
import { SearchIncidents } from '$lib/server/controllers/controller.js';

export async function GET({ url }) {
	const q = url.searchParams.get('q') ?? '';
	const status = url.searchParams.get('status') || 'OPEN';
	const exact = url.searchParams.get('mode') === 'bound';
	return json(await SearchIncidents(q, status, exact));
}
