import { redirect } from '@sveltejs/kit';
import { GITHUB_CLIENT_ID } from '$env/static/private';

export function GET({ url, cookies }) {
	// read back by the callback once GitHub sends the user home
	cookies.set('return_to', url.searchParams.get('return_to') ?? '/', { path: '/auth', httpOnly: true, maxAge: 600 });
	const params = new URLSearchParams({ client_id: GITHUB_CLIENT_ID, scope: 'read:user', redirect_uri: `${url.origin}/auth/callback` });
	redirect(302, `https://github.com/login/oauth/authorize?${params}`);
}
