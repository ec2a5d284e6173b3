import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

const CONTENT_DIR = join(process.cwd(), 'content')

export async function readDoc(locale: string, slug: string) {
  // expect: path-traversal
  const source = await readFile(join(CONTENT_DIR, locale, `${slug}.md`), 'utf8')
  return { slug, source }
}

export async function readDocBySlug(slug: string) {
  const source = await readFile(join(CONTENT_DIR, 'en', `${slug}.md`), 'utf8')
  return { slug, source }
}
