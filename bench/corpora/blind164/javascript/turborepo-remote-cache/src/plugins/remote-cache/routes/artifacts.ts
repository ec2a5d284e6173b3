import type { RouteOptions, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify'
import { notFound, preconditionFailed } from '@hapi/boom'
import { artifactParams, teamQuerystring, legacyTeamQuerystring } from './schema.js'

type Params = { id: string }
type TeamQuery = { teamId?: string; slug?: string; team?: string }
type Route = RouteOptions<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, { Params: Params; Querystring: TeamQuery }>

const teamOf = (query: TeamQuery) => (query.teamId ?? query.slug ?? query.team) as string

export const getArtifact: Route = {
  method: 'GET',
  url: '/artifacts/:id',
  schema: { params: artifactParams, querystring: legacyTeamQuerystring },
  async handler(request, reply) {
    const artifactId = request.params.id
    const team = teamOf(request.query)
    if (!team) {
      throw preconditionFailed('teamId, slug or team is required')
    }
    try {
      const artifact = await this.location.getCachedArtifact(artifactId, team)
      reply.header('Content-Type', 'application/octet-stream')
      return reply.send(artifact)
    } catch (err) {
      throw notFound(`Artifact not found`, err)
    }
  },
}

export const headArtifact: Route = {
  method: 'HEAD',
  url: '/artifacts/:id',
  schema: { params: artifactParams, querystring: teamQuerystring },
  async handler(request, reply) {
    const exists = await this.location.existsCachedArtifact(request.params.id, teamOf(request.query))
    return reply.code(exists ? 200 : 404).send()
  },
}

export const putArtifact: Route = {
  method: 'PUT',
  url: '/artifacts/:id',
  schema: { params: artifactParams, querystring: teamQuerystring },
  async handler(request, reply) {
    const artifactId = request.params.id
    const team = teamOf(request.query)
    await this.location.createCachedArtifact(artifactId, team, request.raw)
    request.log.info({ artifactId, team, bytes: request.headers['content-length'] }, 'artifact stored')
    return reply.send({ urls: [`${team}/${artifactId}`] })
  },
}
