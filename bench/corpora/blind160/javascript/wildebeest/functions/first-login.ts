import type { Env } from 'wildebeest/backend/src/types/env'
import { createPerson } from 'wildebeest/backend/src/activitypub/actors'
import * as access from 'wildebeest/backend/src/access'
import { getUserByEmail } from 'wildebeest/backend/src/accounts'

export const onRequestPost: PagesFunction<Env, any, any> = async ({ request, env }) => {
	const url = new URL(request.url)
	const formData = await request.formData()
	const username = formData.get('username')?.toString() ?? ''
	const name = formData.get('name')?.toString() ?? username

	if (!/^[a-zA-Z0-9_]{1,30}$/.test(username)) {
		return new Response('invalid username', { status: 400 })
	}

	const jwt = request.headers.get('Cf-Access-Jwt-Assertion') ?? ''
	const identity = await access.getIdentity({ jwt, domain: env.ACCESS_AUTH_DOMAIN })
	if (!identity) {
		return new Response('', { status: 401 })
	}

	if ((await getUserByEmail(env.DATABASE, identity.email)) === null) {
		await createPerson(url.hostname, env.DATABASE, env.userKEK, identity.email, { preferredUsername: username, name })
	}

	const redirectUri = url.searchParams.get('redirect_uri')
	if (redirectUri === null) {
		return new Response('', { status: 400 })
	}
	// expect: open-redirect
	return Response.redirect(redirectUri, 302)
}
