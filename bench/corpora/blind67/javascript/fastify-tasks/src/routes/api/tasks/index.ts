import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'

const QuerySchema = Type.Object({
  page: Type.Integer({ minimum: 1, default: 1 }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  name: Type.Optional(Type.String())
})

const plugin: FastifyPluginAsyncTypebox = async (fastify) => {
  const { tasksRepository, fileManager } = fastify

  fastify.get('/', { schema: { querystring: QuerySchema } }, async function (request) {
    return tasksRepository.paginate(request.tenant, request.query)
  })

  fastify.get('/by-tenant-id', { schema: { querystring: QuerySchema } }, async function (request) {
    return tasksRepository.paginateByTenantId(request.tenantId, request.query)
  })

  fastify.get('/attachments/:filename', {
    schema: { params: Type.Object({ filename: Type.String() }) }
  }, async function (request, reply) {
    const stream = fileManager.openAttachment(request.params.filename)
    return reply.type('application/octet-stream').send(stream)
  })

  fastify.get('/attachments-checked/:filename', {
    schema: { params: Type.Object({ filename: Type.String() }) }
  }, async function (request, reply) {
    const stream = fileManager.openAttachmentChecked(request.params.filename)
    if (!stream) {
      return reply.notFound()
    }
    return reply.type('application/octet-stream').send(stream)
  })
}

export default plugin
