import { redirect, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { turso_client } from '$lib/turso/client';

/**
 * Outbound link tracking: /go?url=...&from=/posts/slug counts the click and redirects.
 * `from` goes back to a page of this site after an internal preview.
 */
export const GET: RequestHandler = async ({ url }) => {
	const target = url.searchParams.get('url');
	const from = url.searchParams.get('from');

	if (from) {
		const back = new URL(from, url.origin);
		if (back.origin !== url.origin) {
			error(400, 'from must be on this site');
		}
		redirect(303, back.pathname + back.search);
	}

	if (!target) {
		error(400, 'missing url');
	}

	const client = turso_client();
	await client.execute({
		sql: 'INSERT INTO outbound_clicks (url, clicked_at) VALUES (?, datetime())',
		args: [target.slice(0, 500)],
	});

	// expect: open-redirect
	redirect(302, target);
};
