import router from './router'
import { MockService } from '../service/mock'
import { Repository } from '../models'
import { sleep } from './utils/sleep'

const MAX_DELAY = 3 * 60 * 1000

router.all('/app/mock/:repositoryId(\\d+)/:url(.+)', async (ctx) => {
  const repositoryId = Number(ctx.params.repositoryId)
  const method = ctx.request.method.toUpperCase()
  const url = '/' + String(ctx.params.url).replace(/\?.*$/, '')

  const repository = await Repository.findByPk(repositoryId, { attributes: ['id', 'visibility'] })
  if (!repository || (!repository.visibility && !ctx.session.id)) {
    ctx.status = 404
    ctx.body = { isOk: false, errMsg: 'repository not found' }
    return
  }

  const itf = await MockService.matchInterface(repositoryId, method, url)
  if (!itf) {
    ctx.status = 404
    ctx.body = { isOk: false, errMsg: `no interface matches ${method} ${url}` }
    return
  }

  let data = await MockService.render(itf.id, ctx.query)
  if (itf.responseScript) {
    data = MockService.runResponseScript(itf.responseScript, {
      query: ctx.query,
      body: ctx.request.body,
      data,
    })
  }

  const delay = Math.min(Number(ctx.query.__delay) || 0, MAX_DELAY)
  if (delay > 0) {
    await sleep(delay)
  }
  const status = Number(itf.status)
  ctx.status = status >= 200 && status < 600 ? status : 200
  ctx.body = data
})

router.post('/app/mock/preview', async (ctx) => {
  const { template } = ctx.request.body as { template?: string }
  if (typeof template !== 'string' || template.length > 64 * 1024) {
    ctx.body = { isOk: false, errMsg: 'template is required' }
    return
  }
  ctx.body = { isOk: true, data: MockService.renderFromJson(template) }
})
