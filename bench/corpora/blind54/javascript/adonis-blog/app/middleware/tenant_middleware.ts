import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

declare module '@adonisjs/core/http' {
  interface HttpContext {
    tenant: { slug: string; locale: string }
  }
}

export default class TenantMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const slug = ctx.request.header('x-tenant') ?? ctx.request.qs().tenant ?? 'main'
    const locale = ['en', 'fr', 'de'].includes(ctx.request.input('lang')) ? ctx.request.input('lang') : 'en'
    ctx.tenant = { slug, locale }
    return next()
  }
}
