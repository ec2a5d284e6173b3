import { FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox'
import { webhookService } from './webhook-service'

export const webhookController: FastifyPluginAsyncTypebox = async (app) => {
    app.all('/:flowId/sync', {
        schema: { params: Type.Object({ flowId: Type.String() }) },
    }, async (request) => {
        const callbackUrl = request.headers['x-callback-url'] as string | undefined
        return webhookService.forwardToCallback(request.body, { callbackUrl })
    })

    app.post('/:flowId/integration', {
        schema: { body: Type.Object({ integration: Type.String(), path: Type.String(), payload: Type.Unknown() }) },
    }, async (request) => {
        const { integration, path, payload } = request.body
        return webhookService.forwardToIntegration(payload, { integration, path })
    })
}
