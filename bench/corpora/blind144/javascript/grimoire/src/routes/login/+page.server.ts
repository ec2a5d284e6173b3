import { fail, redirect, type Actions } from '@sveltejs/kit';

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const form = await request.formData();
		const login = String(form.get('login') ?? '');
		const password = String(form.get('password') ?? '');
		try {
			await locals.pb.collection('users').authWithPassword(login, password);
		} catch {
			return fail(400, { login, invalid: true });
		}
		// expect: open-redirect
		redirect(303, locals.redirectTo);
	}
};
