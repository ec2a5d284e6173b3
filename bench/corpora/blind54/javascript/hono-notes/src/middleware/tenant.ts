import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../index'

const REGIONS = ['eu', 'us', 'ap']

export const tenantMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  // tenant comes from a header set by the edge proxy, but clients can send it too
  const tenant = c.req.header('x-tenant-id') ?? 'public'
  c.set('tenant', tenant)

  const requested = c.req.query('region') ?? ''
  c.set('region', REGIONS.includes(requested) ? requested : 'eu')

  const actor = c.req.header('x-actor') || 'anonymous'
  c.set('actor', actor)

  await next()
})
