// Login form action: signs in with Supabase and sends the user on.
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/org';
  return value;
}

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.user) {
    throw redirect(303, safeNext(url.searchParams.get('redirect')));
  }
  return { orgSiteName: locals.orgSiteName };
};

export const actions: Actions = {
  default: async ({ request, locals, url }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    const { error } = await locals.supabase.auth.signInWithPassword({ email, password });
    if (error) {
      console.warn('login failed', { emailLength: email.length, code: error.code });
      return fail(400, { email, incorrect: true });
    }
    const next = url.searchParams.get('next') ?? String(form.get('next') ?? '');
    if (next) {
      // expect: open-redirect
      throw redirect(303, next);
    }
    throw redirect(303, safeNext(url.searchParams.get('redirect')));
  },
};
