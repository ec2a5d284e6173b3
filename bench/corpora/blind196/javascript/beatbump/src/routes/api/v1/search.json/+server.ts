import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { search, isFilter } from '$lib/server/innertube';
import { parseSearchResults, type SearchItem } from '$lib/parsers/search';

function escapeRegExp(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const GET: RequestHandler = async ({ url, setHeaders }) => {
	const q = url.searchParams.get('q')?.trim();
	const filter = url.searchParams.get('filter');
	if (!q) throw error(400, 'Missing query');
	if (!isFilter(filter)) throw error(400, 'Unknown filter');

	const data = await search(q, filter);
	let items: SearchItem[] = parseSearchResults(data);

	// optional client-side style narrowing of the result list
	const exclude = url.searchParams.get('exclude');
	if (exclude) {
		const skip = new RegExp(escapeRegExp(exclude), 'i');
		items = items.filter((item) => !skip.test(item.title));
	}
	const match = url.searchParams.get('match');
	if (match) {
		// expect: redos
		const pattern = new RegExp(match, 'i');
		items = items.filter((item) => pattern.test(item.title) || pattern.test(item.artistInfo?.artist?.[0]?.text ?? ''));
	}

	setHeaders({ 'Cache-Control': 'public, max-age=300' });
	return json({ results: items, filter });
};
