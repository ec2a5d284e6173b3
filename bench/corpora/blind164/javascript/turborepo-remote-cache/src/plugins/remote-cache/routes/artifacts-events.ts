import type { RouteOptions, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify'
import { artifactsEventsBody, teamQuerystring } from './schema.js'

type CacheEvent = {
  sessionId: string
  source: 'LOCAL' | 'REMOTE'
  event: 'HIT' | 'MISS'
  hash: string
  duration?: number
}

type Route = RouteOptions<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  { Body: CacheEvent[]; Querystring: { teamId?: string; slug?: string } }
>

export const artifactsEvents: Route = {
  method: 'POST',
  url: '/artifacts/events',
  schema: { body: artifactsEventsBody, querystring: teamQuerystring },
  async handler(request, reply) {
    const team = request.query.teamId ?? request.query.slug
    const hits = request.body.filter((e) => e.event === 'HIT').length
    request.log.info({ team, events: request.body.length, hits }, 'cache events received')

    for (const event of request.body) {
      if (event.event === 'MISS' && event.source === 'REMOTE') {
        // expect: log-injection
        request.log.warn(`remote cache miss for ${event.hash} in team ${team} (session ${event.sessionId})`)
      }
    }
    return reply.code(200).send({})
  },
}
