import { z } from 'zod'

const MODELS = ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1-mini', 'gpt-3.5-turbo'] as const

const ChatBody = z.object({
  model: z.enum(MODELS).default('gpt-4o-mini'),
  temperature: z.number().min(0).max(2).default(0.7),
  messages: z
    .array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string().max(32000) }))
    .min(1)
    .max(100),
  apiKey: z.string().startsWith('sk-').max(200).optional(),
  apiHost: z.string().url().optional(),
})

export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, ChatBody.parse)

  const last = body.messages[body.messages.length - 1]
  if (!body.apiKey && await moderate(event, last.content)) {
    throw createError({ statusCode: 400, statusMessage: 'The message was flagged by moderation' })
  }

  const stream = await createCompletionStream(event, {
    messages: body.messages,
    model: body.model,
    temperature: body.temperature,
    apiKey: body.apiKey,
    apiHost: body.apiHost,
  })

  setResponseHeaders(event, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
  })
  return sendStream(event, stream)
})
