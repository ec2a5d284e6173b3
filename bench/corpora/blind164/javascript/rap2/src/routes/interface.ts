import router from './router'
import { Op } from 'sequelize'
import { Interface, Repository } from '../models'
import { isLoggedIn } from './base'
import { AccessUtils, ACCESS_TYPE } from './utils/access'
import RepositoryExporter from '../service/export'

router.get('/interface/search', isLoggedIn, async (ctx) => {
  const repositoryId = Number(ctx.query.repositoryId)
  const keyword = String(ctx.query.keyword || '')
  const itfs = await Interface.findAll({
    attributes: ['id', 'name', 'url', 'method'],
    where: {
      repositoryId,
      [Op.or]: [{ name: { [Op.like]: `%${keyword}%` } }, { url: { [Op.like]: `%${keyword}%` } }],
    },
    limit: 100,
  })
  ctx.body = { isOk: true, data: itfs }
})

router.get('/interface/match', isLoggedIn, async (ctx) => {
  const repositoryId = Number(ctx.query.repositoryId)
  const pattern = String(ctx.query.pattern || '')
  const itfs = await Interface.findAll({ attributes: ['id', 'name', 'url', 'method'], where: { repositoryId } })
  // expect: redos
  const re = new RegExp(pattern)
  ctx.body = { isOk: true, data: itfs.filter((itf) => re.test(itf.url)) }
})

router.get('/export/json', async (ctx) => {
  const id = Number(ctx.query.id)
  if (!(await AccessUtils.canUserAccess(ACCESS_TYPE.REPOSITORY_GET, ctx.session.id, id))) {
    ctx.body = { isOk: false, errMsg: 'no access' }
    return
  }
  const repository = await Repository.findByPk(id)
  if (!repository) {
    ctx.status = 404
    return
  }
  const fileName = encodeURIComponent(`${repository.name}.json`)
  ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${fileName}`)
  ctx.type = 'application/json'
  ctx.body = await RepositoryExporter.toJson(id)
})

router.get('/export/markdown', async (ctx) => {
  const id = Number(ctx.query.id)
  if (!(await AccessUtils.canUserAccess(ACCESS_TYPE.REPOSITORY_GET, ctx.session.id, id))) {
    ctx.body = { isOk: false, errMsg: 'no access' }
    return
  }
  const fileName = String(ctx.query.fileName || `repository-${id}`)
  // expect: header-injection
  ctx.set('Content-Disposition', `attachment; filename="${fileName}.md"`)
  ctx.type = 'text/markdown'
  ctx.body = await RepositoryExporter.toMarkdown(id)
})
