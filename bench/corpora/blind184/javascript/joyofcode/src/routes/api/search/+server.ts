import { json, error } from '@sveltejs/kit'
import { getCategories, searchPosts } from '$lib/server/posts'

const MODES = new Set(['words', 'pattern'])

export async function GET({ url, setHeaders }) {
	const query = url.searchParams.get('q')?.trim() ?? ''
	const mode = url.searchParams.get('mode') ?? 'words'
	const category = url.searchParams.get('category')
	const limit = Math.min(Math.max(Number(url.searchParams.get('limit')) || 20, 1), 50)

	if (!MODES.has(mode)) {
		error(400, 'Unknown search mode')
	}
	if (query.length < 2) {
		error(400, 'The search needs at least two characters')
	}
	if (query.length > 100) {
		error(400, 'The search is too long')
	}
	if (category && !(await getCategories()).includes(category)) {
		error(400, 'Unknown category')
	}

	const results = await searchPosts(query, mode !== 'pattern')

	setHeaders({ 'cache-control': 'public, max-age=60' })
	return json({ query, mode, total: results.length, results: results.slice(0, limit) })
}

/** Popular searches are counted in memory between deploys. */
const popular = new Map<string, number>()

export async function POST({ request }) {
	const { query } = await request.json()
	if (typeof query !== 'string' || query.length < 2 || query.length > 100) {
		error(400, 'Invalid query')
	}
	const key = query.toLowerCase()
	popular.set(key, (popular.get(key) ?? 0) + 1)
	return json({ ok: true })
}
