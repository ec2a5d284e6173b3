import { z } from 'zod'

// Tool endpoint: when the model answers with a `calculator` tool call, the client posts
// the call's arguments here and sends the result back to the model.
const ToolCall = z.object({
  expression: z.string().min(1).max(500),
  precision: z.number().int().min(0).max(12).default(6),
})

const SAFE_ARITHMETIC = /^[\d\s+\-*/().,%^]+$/

function evaluateArithmetic(expression: string) {
  if (!SAFE_ARITHMETIC.test(expression)) {
    return null
  }
  const normalised = expression.replace(/\^/g, '**').replace(/,/g, '')
  return Function(`"use strict"; return (${normalised});`)() as number
}

export default defineEventHandler(async (event) => {
  const { expression, precision } = await readValidatedBody(event, ToolCall.parse)

  const plain = evaluateArithmetic(expression)
  if (plain !== null) {
    return { expression, result: Number(plain.toFixed(precision)) }
  }

  // expressions that use Math (e.g. "Math.sqrt(2) * PI") are evaluated with Math in scope
  // expect: code-injection
  const evaluate = new Function('Math', 'PI', 'E', `return (${expression});`)
  const result = Number(evaluate(Math, Math.PI, Math.E))
  if (!Number.isFinite(result)) {
    throw createError({ statusCode: 422, statusMessage: 'The expression has no finite value' })
  }
  return { expression, result: Number(result.toFixed(precision)) }
})
