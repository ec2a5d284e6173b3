import { json, error } from '@sveltejs/kit';
import * as gist from '$lib/server/gist.js';

export async function GET({ locals, url }) {
	if (!locals.user) error(401, 'not logged in');

	const offset = parseInt(url.searchParams.get('offset') ?? '0', 10) || 0;
	const exact = url.searchParams.get('exact') === '1';
	const gists = await gist.list(locals.user, { offset, search: locals.search, exact });

	return json({ gists, next: gists.length === 100 ? offset + 100 : null });
}

export async function POST({ locals, request }) {
	if (!locals.user) error(401, 'not logged in');
	const { name = 'Hello world', description, files } = await request.json();
	const created = await gist.create(locals.user, { name: String(name), description, files });
	return json(created, { status: 201 });
}
