import { getRequestHeader, getRequestIP } from 'h3'
import { loadConfig } from '~/server/utils/config'

// Fills event.context with the parsed config and the caller's address,
// read by the API handlers below.
export default defineEventHandler(async (event) => {
  const forwarded = getRequestHeader(event, 'x-forwarded-for')
  event.context.clientIp = forwarded?.split(',')[0]?.trim() || getRequestIP(event) || 'unknown'
  event.context.config = await loadConfig()
  event.context.requestId = crypto.randomUUID()

  const path = event.path || '/'
  if (path.startsWith('/api/')) {
    event.context.isApi = true
  }

  const lang = getRequestHeader(event, 'accept-language') || 'en'
  event.context.lang = /^[a-z]{2}(-[A-Z]{2})?/.exec(lang)?.[0] ?? 'en'

  const token = getRequestHeader(event, 'x-mafl-token')
  const expected = process.env.MAFL_API_TOKEN
  event.context.authorised = !expected || token === expected

  event.context.startedAt = Date.now()
  event.node.res.on('finish', () => {
    const ms = Date.now() - event.context.startedAt
    if (ms > 2000) {
      console.warn('slow request', { requestId: event.context.requestId, ms })
    }
  })
})
