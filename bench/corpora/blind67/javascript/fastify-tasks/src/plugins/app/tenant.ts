import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'

declare module 'fastify' {
  interface FastifyRequest {
    tenant: string
    tenantId: number
  }
}

/**
 * Reads the tenant of the request from the `x-tenant` header once, in a hook,
 * so that routes and repositories can use `request.tenant`.
 */
export default fp(async function tenantPlugin (fastify: FastifyInstance) {
  fastify.decorateRequest('tenant', '')
  fastify.decorateRequest('tenantId', 0)

  fastify.addHook('onRequest', async (request) => {
    const header = request.headers['x-tenant']
    request.tenant = typeof header === 'string' ? header : 'default'

    const id = Number.parseInt(String(request.headers['x-tenant-id'] ?? ''), 10)
    request.tenantId = Number.isNaN(id) ? 0 : id
  })
}, { name: 'tenant' })
