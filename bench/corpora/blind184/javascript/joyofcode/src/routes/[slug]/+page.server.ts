import { error } from '@sveltejs/kit'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { getPost, getPosts, listExamples } from '$lib/server/posts'
import { markdownToHtml, readingTime } from '$lib/server/markdown'

const POSTS_DIR = path.resolve('posts')

export async function entries() {
	const posts = await getPosts()
	return posts.map((post) => ({ slug: post.slug }))
}

async function related(slug: string, categories: string[]) {
	const posts = await getPosts()
	return posts
		.filter((post) => post.slug !== slug && post.categories.some((category) => categories.includes(category)))
		.slice(0, 3)
		.map(({ slug, title }) => ({ slug, title }))
}

export async function load({ params, setHeaders }) {
	if (!/^[a-z0-9-]+$/.test(params.slug)) {
		error(404, 'Not found')
	}
	const post = await getPost(params.slug)

	const file = path.resolve(POSTS_DIR, `${params.slug}.md`)
	if (!file.startsWith(POSTS_DIR + path.sep)) {
		error(404, 'Not found')
	}
	const markdown = await readFile(file, 'utf-8')
	const content = await markdownToHtml(markdown)

	setHeaders({ 'cache-control': 'public, max-age=600' })
	return {
		post,
		content,
		minutes: readingTime(markdown),
		examples: await listExamples(params.slug),
		related: await related(params.slug, post.categories)
	}
}
