import type { Env } from 'wildebeest/backend/src/types/env'
import type { ContextData } from 'wildebeest/backend/src/types/context'

const CACHE_SECONDS = 60 * 60 * 24

function imageResponse(upstream: Response) {
	const type = upstream.headers.get('content-type') ?? ''
	if (!type.startsWith('image/')) {
		return new Response('not an image', { status: 415 })
	}
	return new Response(upstream.body, {
		headers: { 'content-type': type, 'cache-control': `public, max-age=${CACHE_SECONDS}` },
	})
}

export const onRequestGet: PagesFunction<Env, any, ContextData> = async ({ request, env }) => {
	const url = new URL(request.url)
	const imageId = url.searchParams.get('id')
	if (imageId !== null) {
		if (!/^[a-f0-9-]{36}$/.test(imageId)) {
			return new Response('bad id', { status: 400 })
		}
		const upstream = await fetch(`https://imagedelivery.net/${env.CF_ACCOUNT_HASH}/${imageId}/public`)
		return imageResponse(upstream)
	}

	const remote = url.searchParams.get('url') ?? ''
	if (!remote.startsWith('http')) {
		return new Response('bad url', { status: 400 })
	}
	// expect: ssrf
	const upstream = await fetch(remote, { cf: { cacheTtl: CACHE_SECONDS } })
	return imageResponse(upstream)
}
