import type { Handle, HandleFetch } from '@sveltejs/kit'
import { env } from '$env/dynamic/private'
import { fetchStoreData } from '$lib/services/store'

const API_ORIGIN = env.HTTP_ENDPOINT || 'https://api.litekart.in'

export const handle: Handle = async ({ event, resolve }) => {
	const { cookies, url } = event

	const me = cookies.get('me')
	const sid = cookies.get('connect.sid')
	const cartId = cookies.get('cartId')

	event.locals.sid = sid ?? null
	event.locals.cartId = cartId ?? null
	event.locals.origin = url.origin

	if (me) {
		try {
			event.locals.me = JSON.parse(me)
		} catch {
			cookies.delete('me', { path: '/' })
			event.locals.me = null
		}
	} else {
		event.locals.me = null
	}

	if (!event.locals.store) {
		event.locals.store = await fetchStoreData({ host: url.host, origin: API_ORIGIN })
	}

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.store?.lang ?? 'en')
	})
	response.headers.set('x-frame-options', 'SAMEORIGIN')
	return response
}

export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
	if (request.url.startsWith(API_ORIGIN)) {
		if (event.locals.sid) request.headers.set('cookie', `connect.sid=${event.locals.sid}`)
		request.headers.set('x-store-id', event.locals.store?.id ?? '')
	}
	return fetch(request)
}
