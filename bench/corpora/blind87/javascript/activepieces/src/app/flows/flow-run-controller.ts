import { FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox'
import { flowRunRepo } from './flow-run-repo'
import { databaseConnection } from '../database'

const ListRunsRequest = {
    schema: {
        querystring: Type.Object({
            status: Type.Optional(Type.String()),
            flowId: Type.Optional(Type.String()),
            cursor: Type.Optional(Type.String()),
        }),
    },
}

export const flowRunController: FastifyPluginAsyncTypebox = async (app) => {
    const repo = flowRunRepo(databaseConnection())
    app.get('/', ListRunsRequest, async (request) => {
        return repo.list({
            projectId: request.requestedProjectId,
            status: request.query.status,
            flowId: request.query.flowId,
            cursor: request.query.cursor,
        })
    })
}
