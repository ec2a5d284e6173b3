import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

import { addToLibrary, itemsByType, searchLibrary } from '$lib/server/library';
import { serviceRequest } from '$lib/server/services';

export const GET: RequestHandler = async ({ url, locals }) => {
	const term = url.searchParams.get('q');
	const order = url.searchParams.get('order') ?? 'added';
	if (term) {
		return json(searchLibrary(locals.user.id, term, order));
	}
	const type = url.searchParams.get('type') === 'series' ? 'series' : 'movie';
	return json(itemsByType(locals.user.id, type));
};

export const POST: RequestHandler = async ({ request, locals }) => {
	const body = await request.json();
	const tmdbId = Number(body.tmdbId);
	if (!Number.isInteger(tmdbId) || tmdbId <= 0) throw error(400, 'Invalid TMDB id');
	const type = body.type === 'series' ? 'series' : 'movie';

	const service = type === 'series' ? 'sonarr' : 'radarr';
	const lookup = await serviceRequest(
		locals.user.id,
		service,
		type === 'series' ? `/api/v3/series/lookup?term=tmdb:${tmdbId}` : `/api/v3/movie/lookup/tmdb?tmdbId=${tmdbId}`
	);
	if (!lookup.ok) throw error(502, `${service} lookup failed`);
	const found = await lookup.json();
	const title = Array.isArray(found) ? found[0]?.title : found.title;

	addToLibrary(locals.user.id, { tmdb_id: tmdbId, type, title: String(title ?? 'Unknown') });
	return json({ added: true });
};
