import type { D1Database } from '@cloudflare/workers-types'

export interface ShopRow {
  id: string
  name: string
  prefecture: string
  style: string
}

const SEARCH_LIMIT = 20

export async function searchShops(db: D1Database, q: string): Promise<ShopRow[]> {
  if (!q) return []
  if (q.startsWith('style:')) {
    const style = q.slice('style:'.length)
    const { results } = await db
      .prepare('SELECT id, name, prefecture, style FROM shops WHERE style = ?1 ORDER BY name LIMIT ?2')
      .bind(style, SEARCH_LIMIT)
      .all<ShopRow>()
    return results
  }
  // expect: sql-injection
  const { results } = await db.prepare(`SELECT id, name, prefecture, style FROM shops WHERE name LIKE '%${q}%' OR prefecture LIKE '%${q}%' LIMIT ${SEARCH_LIMIT}`).all<ShopRow>()
  return results
}

export async function countReviews(db: D1Database, shopId: string): Promise<number> {
  const row = await db
    .prepare('SELECT COUNT(*) AS total FROM reviews WHERE shop_id = ?1')
    .bind(shopId)
    .first<{ total: number }>()
  return row?.total ?? 0
}

export async function addReview(db: D1Database, shopId: string, author: string, body: string) {
  await db
    .prepare('INSERT INTO reviews (shop_id, author, body, created_at) VALUES (?1, ?2, ?3, ?4)')
    .bind(shopId, author, body, new Date().toISOString())
    .run()
}

export async function latestReviews(db: D1Database, limit: number) {
  const safeLimit = Math.min(50, Math.max(1, Math.floor(limit)))
  const { results } = await db
    .prepare(`SELECT shop_id, author, body FROM reviews ORDER BY created_at DESC LIMIT ${safeLimit}`)
    .all()
  return results
}
