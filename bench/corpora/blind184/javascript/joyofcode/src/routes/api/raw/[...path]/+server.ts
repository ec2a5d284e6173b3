import { error, text } from '@sveltejs/kit'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

const POSTS_DIR = path.resolve('posts')

const CONTENT_TYPES: Record<string, string> = {
	'.md': 'text/markdown; charset=utf-8',
	'.svelte': 'text/plain; charset=utf-8',
	'.ts': 'text/plain; charset=utf-8',
	'.js': 'text/plain; charset=utf-8',
	'.css': 'text/plain; charset=utf-8'
}

function contentTypeFor(file: string) {
	const extension = path.extname(file)
	return Object.hasOwn(CONTENT_TYPES, extension) ? CONTENT_TYPES[extension] : 'text/plain; charset=utf-8'
}

/** The markdown source of a post or of one of its code examples: `/api/raw/<slug>/example.svelte`. */
export async function GET({ params, setHeaders }) {
	const requested = params.path
	if (!requested) {
		error(400, 'Missing path')
	}

	const file = path.join(POSTS_DIR, requested)
	try {
		// expect: path-traversal
		const source = await readFile(file, 'utf-8')
		setHeaders({ 'cache-control': 'public, max-age=3600' })
		return text(source, { headers: { 'content-type': contentTypeFor(file) } })
	} catch {
		error(404, 'Not found')
	}
}
