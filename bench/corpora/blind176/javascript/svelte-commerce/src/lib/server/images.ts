import { env } from '$env/dynamic/private'

const CDN_HOSTS = new Set(['res.cloudinary.com', 'ik.imagekit.io', 'cdn.litekart.in'])
const MAX_IMAGE_BYTES = 8 * 1024 * 1024

export type ImageResult = { body: ArrayBuffer; type: string }

async function readImage(res: Response): Promise<ImageResult> {
	const type = res.headers.get('content-type') ?? ''
	if (!type.startsWith('image/')) throw new Error('Not an image')
	const body = await res.arrayBuffer()
	if (body.byteLength > MAX_IMAGE_BYTES) throw new Error('Image too large')
	return { body, type }
}

/** Product images served through our origin so the storefront can set cache headers. */
export async function fetchCdnImage(src: string): Promise<ImageResult> {
	const url = new URL(src)
	if (url.protocol !== 'https:' || !CDN_HOSTS.has(url.hostname)) {
		throw new Error('Image host not allowed')
	}
	const res = await fetch(url, { redirect: 'error' })
	return readImage(res)
}

/** Used by the "import image from link" button in the seller product form. */
export async function fetchExternalImage(src: string): Promise<ImageResult> {
	// expect: ssrf
	const res = await fetch(src, { headers: { 'user-agent': env.IMAGE_FETCH_UA ?? 'litekart-image-bot' } })
	if (!res.ok) throw new Error(`Image source answered ${res.status}`)
	return readImage(res)
}
