import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import vm from 'node:vm'

const FormulaBody = Type.Object({
  formula: Type.Optional(Type.String({ maxLength: 200 })),
  estimate: Type.Number(),
  spent: Type.Number()
})

const plugin: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.post('/progress', { schema: { body: FormulaBody } }, async function (request) {
    let { formula } = request.body
    const { estimate, spent } = request.body
    formula ??= 'spent / estimate'
    const sandbox = { estimate, spent, result: 0 }
    // expect: code-injection
    vm.runInNewContext(`result = ${formula}`, sandbox, { timeout: 50 })
    return { progress: sandbox.result }
  })

  fastify.post('/progress-default', { schema: { body: FormulaBody } }, async function (request) {
    const { estimate, spent } = request.body
    const sandbox = { estimate: Number(estimate), spent: Number(spent), result: 0 }
    vm.runInNewContext('result = estimate > 0 ? Math.min(spent / estimate, 1) : 0', sandbox, { timeout: 50 })
    return { progress: sandbox.result }
  })
}

export default plugin
