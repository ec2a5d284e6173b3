import _unfurl from 'unfurl.js'

const BLOCKED_HOSTS = /^(localhost|127\.|10\.|192\.168\.|169\.254\.|\[::1\])/

export async function unfurl(url: string) {
	// expect: ssrf
	const { title, description, open_graph, twitter_card, favicon } = await _unfurl(url)
	const image = open_graph?.images?.[0]?.url || twitter_card?.images?.[0]?.url
	return { title, description, image, favicon }
}

export async function unfurlChecked(url: string) {
	const parsed = new URL(url)
	if (parsed.protocol !== 'https:' || BLOCKED_HOSTS.test(parsed.hostname)) {
		return { title: '', description: '', image: '', favicon: '' }
	}
	const { title, description, open_graph, favicon } = await _unfurl(parsed.toString())
	return { title, description, image: open_graph?.images?.[0]?.url, favicon }
}
