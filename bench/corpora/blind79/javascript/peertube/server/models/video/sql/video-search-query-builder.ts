import { QueryTypes, Sequelize } from 'sequelize'
import { logger } from '../../../helpers/logger.js'

export type SearchFilters = {
  search?: string
  sort?: string
  category?: string
  start?: number
}

const SORTABLE = new Map<string, string>([
  [ '-publishedAt', '"video"."publishedAt" DESC' ],
  [ 'publishedAt', '"video"."publishedAt" ASC' ],
  [ '-views', '"video"."views" DESC' ],
  [ 'name', '"video"."name" ASC' ]
])

export class VideoSearchQueryBuilder {
  private replacements: Record<string, unknown> = {}
  private and: string[] = []

  constructor (private readonly sequelize: Sequelize, private readonly filters: SearchFilters) {}

  private buildWhere () {
    if (this.filters.search) {
      this.and.push('"video"."name" ILIKE :search')
      this.replacements.search = '%' + this.filters.search + '%'
    }
    if (this.filters.category) {
      this.and.push(`"video"."category" IN (${this.filters.category})`)
    }
    return this.and.length ? 'WHERE ' + this.and.join(' AND ') : ''
  }

  private buildOrder () {
    return 'ORDER BY ' + (SORTABLE.get(this.filters.sort ?? '') ?? '"video"."id" ASC')
  }

  async list () {
    const offset = Number.isInteger(this.filters.start) ? this.filters.start : 0
    const sql = `SELECT "video"."id", "video"."name" FROM "video" ${this.buildWhere()} ${this.buildOrder()} LIMIT 25 OFFSET ${offset}`
    logger.debug('Running video search', { sql })
    // expect: sql-injection
    return this.sequelize.query(sql, { replacements: this.replacements, type: QueryTypes.SELECT })
  }

  async count () {
    const where = this.filters.search ? 'WHERE "video"."name" ILIKE :search' : ''
    const replacements = { search: '%' + (this.filters.search ?? '') + '%' }
    return this.sequelize.query(`SELECT COUNT(*) AS total FROM "video" ${where}`, { replacements, type: QueryTypes.SELECT })
  }
}
