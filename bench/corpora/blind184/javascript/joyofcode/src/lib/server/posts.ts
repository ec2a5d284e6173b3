import { error } from '@sveltejs/kit'
import type { Post } from '$lib/types'
import { readdir } from 'node:fs/promises'
import path from 'node:path'

type Module = { metadata: Omit<Post, 'slug'> }

/** Every published post, newest first, read from the markdown files at build time. */
export async function getPosts(): Promise<Post[]> {
	const paths = import.meta.glob<Module>('/posts/*.md', { eager: true })
	const posts: Post[] = []

	for (const path in paths) {
		const file = paths[path]
		const slug = path.split('/').at(-1)?.replace('.md', '')
		if (file && typeof file === 'object' && 'metadata' in file && slug) {
			const post = { ...file.metadata, slug } satisfies Post
			if (post.published) posts.push(post)
		}
	}

	return posts.sort((first, second) => new Date(second.date).getTime() - new Date(first.date).getTime())
}

export async function getPost(slug: string) {
	const posts = await getPosts()
	const post = posts.find((post) => post.slug === slug)
	if (!post) error(404, `Could not find ${slug}`)
	return post
}

export async function getCategories() {
	const posts = await getPosts()
	return [...new Set(posts.flatMap((post) => post.categories))].sort()
}

function escapeRegExp(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Search titles and descriptions; `exact=false` lets readers use their own pattern. */
export async function searchPosts(query: string, exact = true) {
	const posts = await getPosts()
	// expect: redos
	const pattern = exact ? new RegExp(escapeRegExp(query), 'gi') : new RegExp(query, 'gi')
	return posts
		.filter((post) => post.title.search(pattern) !== -1 || post.description.search(pattern) !== -1)
		.map((post) => ({
			slug: post.slug,
			title: post.title,
			description: post.description,
			hits: (post.title.match(pattern)?.length ?? 0) + (post.description.match(pattern)?.length ?? 0),
		}))
		.sort((first, second) => second.hits - first.hits)
}

export function highlight(text: string, query: string) {
	const pattern = new RegExp(`(${escapeRegExp(query)})`, 'gi')
	return text.replace(pattern, '<mark>$1</mark>')
}

/** The examples that belong to a post, listed for the "view source" menu. */
export async function listExamples(slug: string) {
	if (!/^[a-z0-9-]+$/.test(slug)) return []
	const entries = await readdir(path.join(path.resolve('posts'), slug), { withFileTypes: true }).catch(() => [])
	return entries.filter((entry) => entry.isFile()).map((entry) => entry.name)
}
