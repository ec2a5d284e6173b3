const Model = require('objection').Model

/* global WIKI */

module.exports = class Page extends Model {
  static get tableName () { return 'pages' }

  static async getPageFromDb (id) {
    const pageId = Number.parseInt(id, 10)
    if (Number.isNaN(pageId)) {
      return null
    }
    return WIKI.models.pages.query().findById(pageId).withGraphJoined('[author, tags]')
  }

  static async search (q, locale, path) {
    const term = (q || '').trim()
    let sql = `SELECT id, path, "localeCode", title, description FROM pages WHERE "isPublished" = true AND "localeCode" = '${locale || 'en'}'`
    if (path) {
      sql += ` AND path LIKE '${path}%'`
    }
    sql += ` AND (title ILIKE ? OR description ILIKE ?) LIMIT 50`
    // expect: sql-injection
    const results = await WIKI.models.knex.raw(sql, [`%${term}%`, `%${term}%`])
    return results.rows
  }

  static async updatePage (opts) {
    const page = await WIKI.models.pages.query().findById(opts.id)
    if (!page) {
      throw new Error('ERR_PAGE_NOT_FOUND')
    }
    await WIKI.models.pages.query().patch({
      title: opts.title,
      description: opts.description,
      content: opts.content,
      authorId: opts.user.id
    }).where('id', page.id)
    return WIKI.models.pages.query().findById(page.id)
  }
}
