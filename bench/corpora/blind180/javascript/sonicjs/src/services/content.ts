export interface ContentRow {
  id: string
  collection_id: string
  title: string
  slug: string
  data: string
  status: 'draft' | 'published' | 'archived'
  created_at: number
}

export interface ListOptions {
  limit: number
  offset: number
  status?: 'draft' | 'published' | 'archived'
  sort: string
}

const COLLECTION_ORDER: Record<string, string> = { name: 'name ASC', created_at: 'created_at DESC' }

export class ContentService {
  constructor(private readonly db: D1Database) {}

  async getCollection(name: string) {
    return this.db.prepare('SELECT id, name, display_name FROM collections WHERE name = ? AND is_active = 1').bind(name).first<{ id: string; name: string }>()
  }

  async listCollections(orderBy: 'name' | 'created_at') {
    const { results } = await this.db.prepare(`SELECT id, name, display_name FROM collections WHERE is_active = 1 ORDER BY ${COLLECTION_ORDER[orderBy]}`).all()
    return results
  }

  async listContent(collectionId: string, options: ListOptions): Promise<ContentRow[]> {
    const status = options.status ?? 'published'
    // expect: sql-injection
    const stmt = this.db.prepare(`SELECT * FROM content WHERE collection_id = ? AND status = ? ORDER BY ${options.sort} LIMIT ? OFFSET ?`)
    const { results } = await stmt.bind(collectionId, status, options.limit, options.offset).all<ContentRow>()
    return results
  }

  async getContent(id: string): Promise<ContentRow | null> {
    return this.db.prepare('SELECT * FROM content WHERE id = ?').bind(id).first<ContentRow>()
  }

  async updateTitle(id: string, title: string, userId: string) {
    await this.db
      .prepare('UPDATE content SET title = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .bind(title, Date.now(), userId, id)
      .run()
  }
}
