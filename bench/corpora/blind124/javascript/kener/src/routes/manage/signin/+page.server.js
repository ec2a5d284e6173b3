import { fail, redirect } from '@sveltejs/kit';
import { verifyLogin, createSession } from '$lib/server/auth.js';

export const actions = {
	login: async ({ request, cookies }) => {
		const data = await request.formData();
		const user = await verifyLogin(data.get('email'), data.get('password'));
		if (!user) {
			return fail(401, { error: 'invalid credentials' });
		}
		cookies.set('kener-session', await createSession(user), { path: '/', httpOnly: true, sameSite: 'lax' });
		const target = data.get('redirectTo') ?? '/manage/app/site';
		if (data.get('strict') === '1') {
			const local = typeof target === 'string' && /^\/(?![/\\])/.test(target) ? target : '/manage/app/site';
			redirect(302, local);
		}
		// expect: open-redirect
		redirect(302, target);
	}
};
