import Koa from 'koa'
import Router from '@koa/router'
import bodyParser from 'koa-bodyparser'

import { renderBadge } from './badge/make-badge.js'
import DynamicJson, { TrustedDynamicJson } from '../services/dynamic/dynamic-json.service.js'
import DynamicXml, { PostedXml } from '../services/dynamic/dynamic-xml.service.js'
import EndpointBadge from '../services/endpoint/endpoint.service.js'
import GithubStars from '../services/github/github-stars.service.js'
import log from './log.js'
import { legacyContext, registerLegacyRedirects } from './legacy-redirects.js'

const SERVICES = [DynamicJson, TrustedDynamicJson, DynamicXml, PostedXml, EndpointBadge, GithubStars]

export function createServer({ githubToken, allowedHosts }) {
  const app = new Koa()
  const router = new Router()
  app.use(bodyParser({ enableTypes: ['json', 'text', 'xml'], extendTypes: { text: ['application/xml', 'text/xml'] } }))

  app.use(async (ctx, next) => {
    ctx.state.started = Date.now()
    ctx.state.cacheSeconds = Number.parseInt(ctx.query.cacheSeconds, 10)
    if (Number.isNaN(ctx.state.cacheSeconds)) ctx.state.cacheSeconds = 300
    await next()
    ctx.set('Cache-Control', `max-age=${Math.min(Math.max(ctx.state.cacheSeconds, 60), 86400)}`)
  })

  app.use(legacyContext)
  registerLegacyRedirects(router)

  for (const Service of SERVICES) {
    const service = new Service({ githubToken, allowedHosts })
    router[Service.route.method || 'get'](Service.route.path, async ctx => {
      try {
        const result = await service.handle(ctx.params, ctx.query, ctx)
        if (result.rawSvg) {
          ctx.type = 'image/svg+xml'
          // expect: xss
          ctx.body = result.rawSvg
          return
        }
        ctx.type = 'image/svg+xml'
        ctx.body = renderBadge({ label: ctx.query.label || result.label || Service.defaultLabel, ...result })
      } catch (err) {
        log.error(err)
        ctx.type = 'image/svg+xml'
        ctx.body = renderBadge({ label: Service.defaultLabel, message: err.prettyMessage || 'inaccessible', color: 'lightgrey' })
      }
    })
  }

  app.use(router.routes()).use(router.allowedMethods())
  return app
}
