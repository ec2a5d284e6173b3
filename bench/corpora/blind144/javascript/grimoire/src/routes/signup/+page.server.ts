import { fail, redirect, type Actions } from '@sveltejs/kit';

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const password = String(form.get('password') ?? '');
		try {
			await locals.pb.collection('users').create({ email, password, passwordConfirm: password });
		} catch {
			return fail(400, { email, invalid: true });
		}
		const next = locals.redirectTo.startsWith('/') && !locals.redirectTo.startsWith('//') ? locals.redirectTo : '/';
		redirect(303, next);
	}
};
