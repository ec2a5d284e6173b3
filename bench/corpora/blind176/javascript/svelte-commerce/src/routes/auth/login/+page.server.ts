import { fail, redirect } from '@sveltejs/kit'
import type { Actions, PageServerLoad } from './$types'
import { UserService } from '$lib/services'

/** Only a path on this storefront: not "//host", not "/\\host", not a full URL. */
function safeRef(ref: string | null | undefined): string {
	if (!ref || !ref.startsWith('/') || ref.startsWith('//') || ref.startsWith('/\\')) return '/'
	return ref
}

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.me) throw redirect(302, safeRef(url.searchParams.get('ref')))
	return { ref: safeRef(url.searchParams.get('ref')) }
}

export const actions: Actions = {
	default: async ({ request, cookies, locals }) => {
		const data = await request.formData()
		const email = String(data.get('email') ?? '').trim()
		const password = String(data.get('password') ?? '')
		const ref = String(data.get('ref') ?? '/')

		if (!email || !password) return fail(400, { email, missing: true })

		let me
		try {
			me = await UserService.loginService({ email, password, storeId: locals.store?.id, origin: locals.origin })
		} catch (e) {
			return fail(401, { email, incorrect: true })
		}

		cookies.set('me', JSON.stringify({ id: me.id, email: me.email, role: me.role }), {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			maxAge: 60 * 60 * 24 * 7
		})
		if (me.sid) cookies.set('connect.sid', me.sid, { path: '/', httpOnly: true, sameSite: 'lax' })

		throw redirect(303, safeRef(ref))
	}
}
