import type { Pool, RowDataPacket } from 'mysql2/promise'

type Filter = { author?: string | null; title?: string | null; year?: number | null }

const ORDERABLE: Record<string, string> = { title: 'title', author: 'author', year: 'published_year' }

export class CatalogService {
  private lastTerm = ''

  constructor(private readonly pool: Pool, private readonly branch: string) {}

  async list(filter: Filter = {}, orderBy?: string | null, limit?: number | null) {
    const clauses: string[] = ['branch = ?']
    const params: unknown[] = [this.branch]
    if (filter.author) {
      clauses.push('author = ?')
      params.push(filter.author)
    }
    if (filter.title) {
      clauses.push('title LIKE ?')
      params.push(`%${filter.title}%`)
    }
    if (filter.year) {
      clauses.push('published_year = ?')
      params.push(filter.year)
    }
    const order = ORDERABLE[orderBy ?? 'title'] ?? 'title'
    const max = Math.min(Math.max(Number(limit ?? 25) || 25, 1), 100)
    const [rows] = await this.pool.query<RowDataPacket[]>(
      `SELECT id, title, author, isbn, cover_url AS coverUrl FROM books WHERE ${clauses.join(' AND ')} ORDER BY ${order} LIMIT ${max}`,
      params,
    )
    return rows
  }

  remember(term: string) {
    this.lastTerm = term.trim()
    return this
  }

  async searchRemembered() {
    const where = `MATCH(title, author) AGAINST ('${this.lastTerm}' IN BOOLEAN MODE)`
    // expect: sql-injection
    const [rows] = await this.pool.query<RowDataPacket[]>(`SELECT id, title, author FROM books WHERE ${where} LIMIT 50`)
    return rows
  }

  async byId(id: string) {
    const [rows] = await this.pool.execute<RowDataPacket[]>('SELECT id, title, author, isbn FROM books WHERE id = ? AND branch = ?', [id, this.branch])
    return rows[0] ?? null
  }

  async renameShelf(shelf: string, to: string) {
    await this.pool.execute('UPDATE shelves SET name = ? WHERE name = ? AND branch = ?', [to, shelf, this.branch])
    return true
  }

  async shelfStats() {
    // expect: sql-injection
    const [rows] = await this.pool.query<RowDataPacket[]>(`SELECT shelf, COUNT(*) AS n FROM books WHERE branch = '${this.branch}' GROUP BY shelf`)
    return rows
  }
}
