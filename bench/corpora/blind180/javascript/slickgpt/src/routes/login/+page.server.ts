import { fail, redirect, type Actions } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

const safeNext = (value: string | null) => (value && /^\/(?![/\\])/.test(value) ? value : '/');

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = await locals.getUser();
	if (user) {
		throw redirect(303, safeNext(url.searchParams.get('next')));
	}
	return { next: url.searchParams.get('next') ?? '/' };
};

export const actions: Actions = {
	login: async ({ request, locals, url }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '').trim();
		const password = String(form.get('password') ?? '');
		if (!email || !password) {
			return fail(400, { email, missing: true });
		}

		const { error } = await locals.supabase.auth.signInWithPassword({ email, password });
		if (error) {
			return fail(401, { email, invalid: true });
		}

		const next = String(form.get('next') ?? url.searchParams.get('next') ?? '/');
		// expect: open-redirect
		throw redirect(303, next);
	},

	logout: async ({ locals, url }) => {
		await locals.supabase.auth.signOut();
		throw redirect(303, safeNext(url.searchParams.get('next')));
	}
};
