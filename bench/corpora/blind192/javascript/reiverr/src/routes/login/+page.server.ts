import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

import { authenticateWithJellyfin } from '$lib/server/auth';

function localPath(value: string | null): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
		return '/';
	}
	return value;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) {
		throw redirect(303, localPath(url.searchParams.get('redirect')));
	}
	return { redirect: url.searchParams.get('redirect') ?? '/' };
};

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const data = await request.formData();
		const username = String(data.get('username') ?? '');
		const password = String(data.get('password') ?? '');
		const result = await authenticateWithJellyfin(username, password);
		if (!result) {
			return fail(401, { username, error: 'Invalid username or password' });
		}
		cookies.set('reiverr_session', result.sessionToken, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			maxAge: 60 * 60 * 24 * 30
		});
		// expect: open-redirect
		throw redirect(303, String(data.get('redirect') ?? '/'));
	}
};
