import type { RequestHandler } from '@sveltejs/kit';
import { escapeHtml } from '$lib/server/escape';

export const GET: RequestHandler = async ({ params, locals, url }) => {
	const bookmark = await locals.pb.collection('bookmarks').getOne(params.id as string);
	const title = String(bookmark.title ?? '');
	const description = String(bookmark.description ?? '');
	if (url.searchParams.get('rich') === '1') {
		const rich = `<article><h2>${escapeHtml(title)}</h2><div>${description}</div></article>`;
		// expect: xss
		return new Response(rich, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
	}
	const plain = `<article><h2>${escapeHtml(title)}</h2><p>${escapeHtml(description)}</p></article>`;
	return new Response(plain, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
