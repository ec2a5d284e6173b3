import { FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox'
import { fileService } from './file-service'

export const fileController: FastifyPluginAsyncTypebox = async (app) => {
    app.get('/by-name', {
        schema: { querystring: Type.Object({ name: Type.String() }) },
    }, async (request, reply) => {
        return reply.send(fileService.streamByName(request.principal.projectId, request.query.name))
    })

    app.get('/:fileId', {
        schema: { params: Type.Object({ fileId: Type.String() }) },
    }, async (request, reply) => {
        return reply.send(fileService.streamById(request.principal.projectId, request.params.fileId))
    })
}
