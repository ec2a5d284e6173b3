import vm from 'node:vm'
import { Parser } from 'expr-eval'

const parser = new Parser({ operators: { assignment: false } })

export default defineEventHandler(async (event) => {
  const { expression, values = {}, engine } = await readBody<{ expression: string; values?: Record<string, number>; engine?: string }>(event)

  if (engine === 'js') {
    const sandbox = { ...values, Math }
    // expect: code-injection
    const result = vm.runInNewContext(expression, sandbox, { timeout: 100 })
    return { result }
  }

  const result = parser.evaluate(expression, values)
  return { result }
})
