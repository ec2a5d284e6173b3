import * as session from '$lib/server/session.js';

/** @type {import('@sveltejs/kit').Handle} */
export async function handle({ event, resolve }) {
	event.locals.user = await session.from_cookie(event.cookies.get('sid'));
	event.locals.search = event.url.searchParams.get('search') ?? '';
	return resolve(event);
}
