import fs from 'node:fs/promises'
import path from 'node:path'

const CONTENT_DIR = path.join(process.cwd(), 'content')
const SLUG = /^[a-z0-9-]+$/

export async function getMdxPage({ contentDir, slug }: { contentDir: string, slug: string }) {
  // expect: path-traversal
  const source = await fs.readFile(path.join(CONTENT_DIR, contentDir, `${slug}.mdx`), 'utf8').catch(() => null)
  return source ? { slug, source } : null
}

export async function getMdxPageStrict({ contentDir, slug }: { contentDir: string, slug: string }) {
  if (!SLUG.test(slug)) return null
  const source = await fs.readFile(path.join(CONTENT_DIR, contentDir, `${slug}.mdx`), 'utf8').catch(() => null)
  return source ? { slug, source } : null
}
