import { error, redirect } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { UserService } from '$lib/services'

type OAuthState = { ref?: string; nonce?: string }

function decodeState(raw: string | null): OAuthState {
	if (!raw) return {}
	try {
		return JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
	} catch {
		return {}
	}
}

export const GET: RequestHandler = async ({ url, cookies, locals }) => {
	const code = url.searchParams.get('code')
	const state = decodeState(url.searchParams.get('state'))

	if (!code) throw error(400, 'Missing code')
	if (!state.nonce || state.nonce !== cookies.get('oauth_nonce')) throw error(400, 'Invalid state')
	cookies.delete('oauth_nonce', { path: '/' })

	const me = await UserService.googleOneTapLoginService({
		code,
		storeId: locals.store?.id,
		origin: locals.origin
	})

	cookies.set('me', JSON.stringify({ id: me.id, email: me.email, role: me.role }), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		maxAge: 60 * 60 * 24 * 7
	})
	if (me.sid) cookies.set('connect.sid', me.sid, { path: '/', httpOnly: true, sameSite: 'lax' })

	// expect: open-redirect
	throw redirect(302, state.ref || '/')
}
