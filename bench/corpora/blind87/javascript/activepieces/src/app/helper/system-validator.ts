import { FastifyInstance, FastifyRequest } from 'fastify'

export type Principal = { id: string; projectId: string; platformId: string; type: 'USER' | 'ENGINE' }

declare module 'fastify' {
    interface FastifyRequest {
        principal: Principal
        requestedProjectId: string
    }
}

export const registerPrincipalHook = (app: FastifyInstance, verify: (token: string) => Promise<Principal>) => {
    app.decorateRequest('principal', null)
    app.decorateRequest('requestedProjectId', '')
    app.addHook('preHandler', async (request: FastifyRequest) => {
        const header = request.headers.authorization ?? ''
        request.principal = await verify(header.replace('Bearer ', ''))
        const fromHeader = request.headers['x-project-id']
        request.requestedProjectId = typeof fromHeader === 'string' ? fromHeader : request.principal.projectId
    })
}
