import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkRehype from 'remark-rehype'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import matter from 'gray-matter'

const schema = {
	...defaultSchema,
	attributes: {
		...defaultSchema.attributes,
		code: [...(defaultSchema.attributes?.code ?? []), ['className', /^language-./]]
	}
}

/** Markdown body (front matter removed) to sanitised HTML. */
export async function markdownToHtml(markdown: string) {
	const { content } = matter(markdown)
	const file = await unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkRehype)
		.use(rehypeSlug)
		.use(rehypeSanitize, schema)
		.use(rehypeStringify)
		.process(content)
	return String(file)
}

export function readingTime(markdown: string) {
	const words = matter(markdown).content.split(/\s+/).filter(Boolean).length
	return Math.max(1, Math.round(words / 200))
}

export function excerpt(markdown: string, length = 160) {
	const text = matter(markdown)
		.content.replace(/[#>*_`[\]()!-]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
	return text.length > length ? `${text.slice(0, length - 1)}…` : text
}
