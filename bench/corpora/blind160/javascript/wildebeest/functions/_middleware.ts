import type { Env } from 'wildebeest/backend/src/types/env'
import type { ContextData } from 'wildebeest/backend/src/types/context'
import { getUserByEmail } from 'wildebeest/backend/src/accounts'
import { loadLocalMastodonAccount } from 'wildebeest/backend/src/mastodon/account'
import * as access from 'wildebeest/backend/src/access'

export async function main(context: EventContext<Env, any, ContextData>) {
	const url = new URL(context.request.url)
	context.data.clientIp = context.request.headers.get('cf-connecting-ip') ?? 'unknown'

	if (url.pathname.startsWith('/.well-known/') || url.pathname.startsWith('/ap/') || url.pathname === '/api/v1/instance') {
		return context.next()
	}

	const authorization = context.request.headers.get('Authorization') || ''
	const token = authorization.replace('Bearer ', '')
	if (token === '') {
		return context.next()
	}

	const jwt = token.split('.').slice(1).join('.')
	const validate = access.generateValidator({ jwt, domain: context.env.ACCESS_AUTH_DOMAIN, aud: context.env.ACCESS_AUD })
	const { payload } = await validate(context.request)
	const identity = await access.getIdentity({ jwt, domain: context.env.ACCESS_AUTH_DOMAIN })
	if (!identity) {
		return new Response('', { status: 401 })
	}

	const person = await getUserByEmail(context.env.DATABASE, identity.email)
	if (person === null) {
		return new Response('', { status: 401 })
	}
	context.data.connectedActor = person
	context.data.identity = { email: identity.email }
	context.data.scope = payload.scope ?? 'read'
	return context.next()
}

export const onRequest = [main]
