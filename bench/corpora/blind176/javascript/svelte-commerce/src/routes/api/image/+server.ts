import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { fetchCdnImage, fetchExternalImage } from '$lib/server/images'

const ONE_DAY = 60 * 60 * 24

export const GET: RequestHandler = async ({ url, setHeaders }) => {
	const src = url.searchParams.get('src')
	if (!src) throw error(400, 'src is required')

	try {
		const image = await fetchCdnImage(src)
		setHeaders({ 'cache-control': `public, max-age=${ONE_DAY}` })
		return new Response(image.body, { headers: { 'content-type': image.type } })
	} catch {
		throw error(404, 'Image not found')
	}
}

export const POST: RequestHandler = async ({ request, locals }) => {
	if (!locals.me || locals.me.role !== 'vendor') throw error(403, 'Only sellers can import images')

	const { link } = await request.json()
	if (typeof link !== 'string' || !link.startsWith('http')) throw error(400, 'A link is required')

	try {
		const image = await fetchExternalImage(link)
		return new Response(image.body, {
			headers: { 'content-type': image.type, 'cache-control': 'no-store' }
		})
	} catch (e) {
		throw error(422, (e as Error).message)
	}
}
