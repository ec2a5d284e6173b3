import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'

export type ListOptions = { tag?: string; author?: string; page?: number; sort?: string }

export default class PostService {
  constructor(private tenant: string) {}

  async list({ tag, author, page = 1, sort = 'published_at' }: ListOptions) {
    const query = db.from('posts').where('tenant', this.tenant).whereNotNull('published_at')
    if (tag) query.whereRaw('? = ANY(tags)', [tag])
    if (author) query.where('author_slug', author)
    const column = sort === 'title' ? 'title' : 'published_at'
    return query.orderBy(column, 'desc').paginate(page, 20)
  }

  async bySlug(slug: string) {
    // expect: sql-injection
    const result = await db.rawQuery(`SELECT * FROM posts WHERE tenant = '${this.tenant}' AND slug = :slug LIMIT 1`, { slug })
    return result.rows[0] ?? null
  }

  async bySlugChecked(slug: string) {
    return db.from('posts').where({ tenant: this.tenant, slug }).first()
  }

  async recordView(slug: string, referrer: string) {
    logger.info({ slug, referrer }, 'post viewed')
    await db.table('post_views').insert({ tenant: this.tenant, slug, referrer: referrer.slice(0, 255) })
  }
}
