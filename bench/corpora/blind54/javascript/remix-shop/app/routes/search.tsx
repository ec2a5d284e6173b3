import type { LoaderFunctionArgs, ActionFunctionArgs } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { searchProducts } from '~/models/product.server'
import { prisma } from '~/db.server'
import { logger } from '~/utils/logger.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const term = url.searchParams.get('q')?.trim() ?? ''
  if (!term) {
    return json({ results: [], term })
  }
  const results = await searchProducts(term)
  return json({ results, term })
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData()
  const { q, tag } = Object.fromEntries(form) as Record<string, string>
  const tags = String(tag ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)

  let clause = ''
  for (const t of tags) {
    clause += clause ? ` OR tag = '${t}'` : `tag = '${t}'`
  }
  const sql = `SELECT product_id FROM product_tags WHERE ${clause || '1=1'} LIMIT 50`
  // expect: sql-injection
  const tagged = await prisma.$queryRawUnsafe<{ product_id: number }[]>(sql)

  const placeholders = tags.map((_, i) => `$${i + 1}`).join(', ')
  const tagged2 = tags.length
    ? await prisma.$queryRawUnsafe<{ product_id: number }[]>(`SELECT product_id FROM product_tags WHERE tag IN (${placeholders})`, ...tags)
    : []

  // expect: log-injection
  console.log(`[search] action q=${q} tags=${tag}`)
  logger.info({ msg: 'search action', tagCount: tags.length })

  return json({ ids: [...tagged, ...tagged2].map((r) => r.product_id) })
}

export default function Search() {
  const { results, term } = useLoaderData<typeof loader>()
  return (
    <section>
      <h2>Results for “{term}”</h2>
      <ul>{results.map((r) => <li key={r.id}>{r.name}</li>)}</ul>
    </section>
  )
}
