import { readBody, createError } from 'h3'
import { pingService, pingUrl } from '~/server/utils/ping'
import { logger } from '~/server/utils/logger'

interface PingBody {
  id?: string
  url?: string
  method?: 'GET' | 'HEAD'
}

export default defineEventHandler(async (event) => {
  const body = await readBody<PingBody>(event)
  const config = event.context.config

  if (body?.id) {
    const service = config.services.find((s: { id: string }) => s.id === body.id)
    if (!service) throw createError({ statusCode: 404, statusMessage: 'Service not found' })
    return pingService(service)
  }

  if (!body?.url) throw createError({ statusCode: 400, statusMessage: 'id or url required' })
  if (!event.context.authorised) throw createError({ statusCode: 401 })

  // expect: log-injection
  logger.info(`ad-hoc ping of ${body.url} requested from ${event.context.clientIp}`)
  return pingUrl(body.url, body.method === 'HEAD' ? 'HEAD' : 'GET')
})

// The dashboard polls this endpoint with `{ id }` for every card whose
// `status.enabled` is set. The `{ url }` form is used by the settings page to
// try a link before it is written to config.yml.
