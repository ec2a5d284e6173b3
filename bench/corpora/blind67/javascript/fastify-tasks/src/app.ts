import path from 'node:path'
import fastifyAutoload from '@fastify/autoload'
import type { FastifyInstance, FastifyPluginOptions } from 'fastify'

export const options = {
  ajv: {
    customOptions: {
      coerceTypes: 'array',
      removeAdditional: 'all'
    }
  }
}

export default async function serviceApp (fastify: FastifyInstance, opts: FastifyPluginOptions) {
  await fastify.register(fastifyAutoload, {
    dir: path.join(import.meta.dirname, 'plugins/external'),
    options: { ...opts }
  })

  fastify.register(fastifyAutoload, {
    dir: path.join(import.meta.dirname, 'plugins/app'),
    options: { ...opts }
  })

  fastify.register(fastifyAutoload, {
    dir: path.join(import.meta.dirname, 'routes'),
    autoHooks: true,
    cascadeHooks: true,
    options: { ...opts }
  })

  fastify.setErrorHandler((err, request, reply) => {
    fastify.log.error({ err, request: { method: request.method, url: request.routeOptions.url } }, 'Unhandled error occurred')
    reply.code(err.statusCode ?? 500)
    return { message: err.statusCode && err.statusCode < 500 ? err.message : 'Internal Server Error' }
  })
}
