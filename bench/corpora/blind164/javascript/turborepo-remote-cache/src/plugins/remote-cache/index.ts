import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { badRequest, unauthorized } from '@hapi/boom'
import { timingSafeEqual } from 'node:crypto'
import { createLocation, type StorageProvider } from './storage/index.js'
import { getArtifact, putArtifact, headArtifact } from './routes/artifacts.js'
import { artifactsEvents } from './routes/artifacts-events.js'
import { getStatus } from './routes/status.js'

declare module 'fastify' {
  interface FastifyInstance {
    location: ReturnType<typeof createLocation>
  }
}

function tokenMatches(candidate: string, allowed: string[]): boolean {
  const given = Buffer.from(candidate)
  return allowed.some((token) => {
    const expected = Buffer.from(token)
    return expected.length === given.length && timingSafeEqual(expected, given)
  })
}

async function turboRemoteCache(instance: FastifyInstance, options: { allowedTokens: string[]; provider: StorageProvider; apiVersion?: string }) {
  const { allowedTokens, apiVersion = 'v8', provider } = options
  if (!(Array.isArray(allowedTokens) && allowedTokens.length)) {
    throw new Error('allowedTokens must be a non-empty array of strings')
  }

  instance.addHook('onRequest', async (request) => {
    const header = request.headers.authorization
    if (!header) {
      throw badRequest('Missing Authorization header')
    }
    const [, token] = header.split('Bearer ')
    if (!token || !tokenMatches(token, allowedTokens)) {
      throw unauthorized('Invalid authorization token')
    }
  })

  instance.decorate('location', createLocation(provider, { path: instance.config.STORAGE_PATH }))

  await instance.register(
    async (i) => {
      i.route(getArtifact)
      i.route(headArtifact)
      i.route(putArtifact)
      i.route(artifactsEvents)
      i.route(getStatus)
    },
    { prefix: `/${apiVersion}` },
  )
}

export default fp(turboRemoteCache, { fastify: '>=4', name: 'turborepo-remote-cache' })
