import { getCategories } from '$lib/server/posts'

const WIDTH = 1200
const HEIGHT = 630

function escapeXml(text: string) {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;')
}

/** Social card: `/og?title=...&category=...` returns an SVG the share previews load. */
export async function GET({ url }) {
	const title = (url.searchParams.get('title') ?? 'Joy of Code').slice(0, 120)
	const category = url.searchParams.get('category') ?? ''
	const categories = await getCategories()
	const badge = categories.includes(category) ? escapeXml(category) : 'blog'

	// expect: xss
	const heading = `<text x="80" y="300" font-size="64" font-weight="700" fill="#fff">${title}</text>`

	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
		'<rect width="100%" height="100%" fill="#1e1e2e"/>',
		`<text x="80" y="140" font-size="32" fill="#f5c2e7">#${badge}</text>`,
		heading,
		'<text x="80" y="560" font-size="28" fill="#cdd6f4">joyofcode.xyz</text>',
		'</svg>'
	].join('')

	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml',
			'cache-control': 'public, max-age=86400'
		}
	})
}
