import type { Env } from 'wildebeest/backend/src/types/env'
import type { ContextData } from 'wildebeest/backend/src/types/context'
import { searchLocalAccounts, searchStatusesLegacy } from 'wildebeest/backend/src/accounts/search'

const headers = {
	'Access-Control-Allow-Origin': '*',
	'content-type': 'application/json; charset=utf-8',
}

export const onRequest: PagesFunction<Env, any, ContextData> = async ({ request, env, data }) => {
	const url = new URL(request.url)
	const q = url.searchParams.get('q') ?? ''
	const type = url.searchParams.get('type') ?? 'accounts'
	const limit = Math.min(Number(url.searchParams.get('limit') ?? 20), 40)

	if (q.length < 2) {
		return new Response(JSON.stringify({ accounts: [], statuses: [], hashtags: [] }), { headers })
	}

	if (type === 'statuses' && data.connectedActor) {
		const statuses = await searchStatusesLegacy(env.DATABASE, q, limit)
		return new Response(JSON.stringify({ accounts: [], statuses, hashtags: [] }), { headers })
	}

	// expect: log-injection
	console.log(`search q=${q} type=${type} from ${data.clientIp}`)
	const accounts = await searchLocalAccounts(env.DATABASE, q, limit)
	return new Response(JSON.stringify({ accounts, statuses: [], hashtags: [] }), { headers })
}

export const onRequestOptions: PagesFunction<Env, any, ContextData> = async () => {
	return new Response(null, {
		status: 204,
		headers: {
			'Access-Control-Allow-Origin': '*',
			'Access-Control-Allow-Headers': 'content-type, authorization',
			'Access-Control-Allow-Methods': 'GET, OPTIONS',
		},
	})
}
