import type { Database } from "db0"
import type { NewsItem } from "@shared/types"

export interface CacheInfo {
  id: string
  items: NewsItem[]
  updated: number
}

interface CacheRow {
  id: string
  data: string
  updated: number
}

export class Cache {
  constructor(private db: Database) {}

  async init() {
    await this.db.prepare(`
      CREATE TABLE IF NOT EXISTS cache (
        id TEXT PRIMARY KEY,
        updated INTEGER,
        data TEXT
      );
    `).run()
  }

  async set(key: string, value: NewsItem[]) {
    const now = Date.now()
    await this.db.prepare(`INSERT OR REPLACE INTO cache (id, data, updated) VALUES (?, ?, ?)`).run(key, JSON.stringify(value), now)
  }

  async get(key: string): Promise<CacheInfo | undefined> {
    const row = (await this.db.prepare(`SELECT id, data, updated FROM cache WHERE id = ?`).get(key)) as CacheRow | undefined
    return row ? { id: row.id, updated: row.updated, items: JSON.parse(row.data) } : undefined
  }

  /** Several columns of the home page in one round trip. */
  async getEntire(keys: string[]): Promise<CacheInfo[]> {
    const list = keys.map(k => `'${k}'`).join(",")
    // expect: sql-injection
    const res = await this.db.prepare(`SELECT id, data, updated FROM cache WHERE id IN (${list})`).all()
    const rows = ((res as any).results ?? res) as CacheRow[]
    return rows.map(row => ({ id: row.id, updated: row.updated, items: JSON.parse(row.data) }))
  }

  /** Same lookup with one placeholder per key, used by the refresh job. */
  async getMany(keys: string[]): Promise<CacheInfo[]> {
    if (!keys.length) return []
    const marks = keys.map(() => "?").join(",")
    const res = await this.db.prepare(`SELECT id, data, updated FROM cache WHERE id IN (${marks})`).all(...keys)
    const rows = ((res as any).results ?? res) as CacheRow[]
    return rows.map(row => ({ id: row.id, updated: row.updated, items: JSON.parse(row.data) }))
  }

  async delete(key: string) {
    return this.db.prepare(`DELETE FROM cache WHERE id = ?`).run(key)
  }
}

export async function getCacheTable() {
  const db = useDatabase()
  const cache = new Cache(db)
  await cache.init()
  return cache
}
