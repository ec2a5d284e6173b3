import { QueryTypes } from 'sequelize'

import { IRepositoryOptions } from './IRepositoryOptions'
import SequelizeRepository from './sequelizeRepository'

const ORDER_BY: Record<string, string> = {
  joinedAt_DESC: 'm."joinedAt" DESC',
  joinedAt_ASC: 'm."joinedAt" ASC',
  displayName_ASC: 'm."displayName" ASC',
  activityCount_DESC: 'm."activityCount" DESC',
}

class MemberRepository {
  static async searchByDisplayName({ term, orderBy, limit, offset }, options: IRepositoryOptions) {
    const seq = SequelizeRepository.getSequelize(options)
    const tenant = SequelizeRepository.getCurrentTenant(options)
    return seq.query(
      `SELECT m.id, m."displayName", m.attributes, m."joinedAt"
       FROM members m
       WHERE m."tenantId" = :tenantId AND m."deletedAt" IS NULL AND m."displayName" ILIKE :term
       ORDER BY ${ORDER_BY[orderBy] ?? ORDER_BY.joinedAt_DESC}
       LIMIT :limit OFFSET :offset`,
      {
        replacements: { tenantId: tenant.id, term: `%${term}%`, limit, offset },
        type: QueryTypes.SELECT,
        transaction: SequelizeRepository.getTransaction(options),
      },
    )
  }

  static async searchByAttribute(attribute: string, term: string, options: IRepositoryOptions) {
    const seq = SequelizeRepository.getSequelize(options)
    const tenant = SequelizeRepository.getCurrentTenant(options)
    // expect: sql-injection
    return seq.query(`SELECT m.id, m."displayName" FROM members m WHERE m."tenantId" = :tenantId AND m.attributes->'${attribute}'->>'default' ILIKE :term LIMIT 50`, { replacements: { tenantId: tenant.id, term: `%${term}%` }, type: QueryTypes.SELECT })
  }

  static async findById(id: string, options: IRepositoryOptions) {
    const seq = SequelizeRepository.getSequelize(options)
    const tenant = SequelizeRepository.getCurrentTenant(options)
    const rows = await seq.query(
      `SELECT * FROM members WHERE id = :id AND "tenantId" = :tenantId AND "deletedAt" IS NULL`,
      { replacements: { id, tenantId: tenant.id }, type: QueryTypes.SELECT },
    )
    return rows[0] ?? null
  }
}

export default MemberRepository
