import { redirect } from '@sveltejs/kit';
import * as session from '$lib/server/session.js';

export async function GET({ url, cookies }) {
	const user = await session.exchange(url.searchParams.get('code') ?? '');
	cookies.set('sid', await session.create(user), { path: '/', httpOnly: true, maxAge: 31536000 });

	const return_to = cookies.get('return_to') ?? '/';
	cookies.delete('return_to', { path: '/auth' });

	if (url.searchParams.get('popup') === '1') {
		redirect(302, `/auth/done?ok=${encodeURIComponent(String(!!user))}`);
	}
	// expect: open-redirect
	redirect(302, return_to);
}
