import { FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox'
import { CodeSandbox } from './code-sandbox'

const sandbox = new CodeSandbox(Number(process.env.AP_SANDBOX_TIMEOUT) || undefined)

export const codeController: FastifyPluginAsyncTypebox = async (app) => {
    app.post('/test', {
        schema: { body: Type.Object({ sourceCode: Type.String(), input: Type.Record(Type.String(), Type.Unknown()) }) },
    }, async (request) => {
        const { sourceCode, input } = request.body
        return sandbox.runStep(sourceCode, input)
    })

    app.post('/preview', {
        schema: { body: Type.Object({ template: Type.String(), input: Type.Record(Type.String(), Type.Unknown()) }) },
    }, async (request) => {
        return { text: sandbox.previewInputs(request.body.template, request.body.input) }
    })
}
