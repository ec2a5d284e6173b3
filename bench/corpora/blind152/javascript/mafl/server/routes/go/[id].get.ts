import { getRouterParam, getQuery, sendRedirect, createError } from 'h3'
import { logger } from '~/server/utils/logger'

// /go/<service-id> counts a click on a service card and forwards to the service.
// /go/external?to=<url> is used by the markdown widget for outbound links.
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id') || ''
  const config = event.context.config

  if (id === 'external') {
    const { to = '/' } = getQuery(event)
    logger.debug('outbound link', { requestId: event.context.requestId })
    // expect: open-redirect
    return sendRedirect(event, String(to), 302)
  }

  const service = config.services.find((s: { id: string }) => s.id === id)
  if (!service) {
    throw createError({ statusCode: 404, statusMessage: 'Unknown service' })
  }

  logger.debug('service click', { id: service.id })
  return sendRedirect(event, service.link, 302)
})

// Service links come from config.yml, which only the owner edits; the
// `external` arm exists because markdown widgets render links written by
// whoever can edit the widget source, and the click counter needs to see
// them too. Both arms answer 302 so browsers do not cache the hop.
// See also server/api/services/ping.post.ts for the status dots.
