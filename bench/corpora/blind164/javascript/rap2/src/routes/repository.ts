import router from './router'
import { QueryTypes } from 'sequelize'
import { Repository, Organization } from '../models'
import sequelize from '../models/sequelize'
import { isLoggedIn } from './base'
import MigrateService from '../service/migrate'
import { AccessUtils, ACCESS_TYPE } from './utils/access'

const ORDER_COLUMNS: Record<string, string> = {
  updated: 'updatedAt',
  created: 'createdAt',
  name: 'name',
}

router.get('/repository/list', isLoggedIn, async (ctx) => {
  const { name = '', cursor = '1', limit = '20', orderBy = 'updated' } = ctx.query as Record<string, string>
  const pageSize = Math.min(Math.max(parseInt(limit, 10) || 20, 1), 100)
  const offset = (Math.max(parseInt(cursor, 10) || 1, 1) - 1) * pageSize
  const column = ORDER_COLUMNS[orderBy] ?? 'updatedAt'
  const rows = await sequelize.query(
    `SELECT id, name, description, updatedAt FROM repositories
     WHERE deletedAt IS NULL AND ownerId = :ownerId AND name LIKE :name
     ORDER BY ${column} DESC LIMIT :limit OFFSET :offset`,
    {
      type: QueryTypes.SELECT,
      replacements: { ownerId: ctx.session.id, name: `%${name}%`, limit: pageSize, offset },
    },
  )
  ctx.body = { isOk: true, data: rows }
})

router.get('/repository/search', isLoggedIn, async (ctx) => {
  const name = String(ctx.query.name || '')
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT id, name, visibility FROM repositories WHERE deletedAt IS NULL AND visibility = 1 AND name LIKE '%${name}%' LIMIT 50`, { type: QueryTypes.SELECT })
  ctx.body = { isOk: true, data: rows }
})

router.get('/repository/get', async (ctx) => {
  const id = Number(ctx.query.id)
  if (!Number.isInteger(id)) {
    ctx.body = { isOk: false, errMsg: 'invalid id' }
    return
  }
  if (!(await AccessUtils.canUserAccess(ACCESS_TYPE.REPOSITORY_GET, ctx.session.id, id))) {
    ctx.body = { isOk: false, errMsg: 'no access' }
    return
  }
  ctx.body = { isOk: true, data: await Repository.findByPk(id) }
})

router.post('/repository/import/swagger', isLoggedIn, async (ctx) => {
  const { orgId, url, doc } = ctx.request.body as { orgId?: number; url?: string; doc?: string }
  const organization = orgId ? await Organization.findByPk(orgId) : null
  if (orgId && !organization) {
    ctx.body = { isOk: false, errMsg: 'organization not found' }
    return
  }
  const repository = doc
    ? await MigrateService.importFromSwaggerDoc(doc, ctx.session.id, orgId)
    : await MigrateService.importFromSwaggerUrl(String(url), ctx.session.id, orgId)
  ctx.body = { isOk: true, data: { id: repository.id } }
})
