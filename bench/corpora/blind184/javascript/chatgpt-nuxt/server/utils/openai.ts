import type { H3Event } from 'h3'

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant'
  content: string
}

interface CompletionOptions {
  messages: ChatMessage[]
  model: string
  temperature: number
  apiKey?: string
  apiHost?: string
}

const DEFAULT_HOST = 'https://api.openai.com'

/**
 * Streams a chat completion. Users may bring their own key and, for self-hosted
 * gateways, their own API host; otherwise the server's key and OpenAI are used.
 */
export async function createCompletionStream(event: H3Event, options: CompletionOptions) {
  const config = useRuntimeConfig(event)
  const apiKey = options.apiKey || config.openaiApiKey
  const host = (options.apiHost || config.openaiApiHost || DEFAULT_HOST).replace(/\/+$/, '')

  // expect: ssrf
  const response = await fetch(`${host}/v1/chat/completions`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` }, body: JSON.stringify({ model: options.model, messages: options.messages, temperature: options.temperature, stream: true }) })

  if (!response.ok || !response.body) {
    const detail = await response.text()
    throw createError({ statusCode: response.status, statusMessage: 'Upstream error', data: detail.slice(0, 500) })
  }
  return response.body
}

/** Moderation always goes to OpenAI with the server key. */
export async function moderate(event: H3Event, input: string) {
  const config = useRuntimeConfig(event)
  const result = await $fetch<{ results: { flagged: boolean }[] }>(`${DEFAULT_HOST}/v1/moderations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${config.openaiApiKey}` },
    body: { input },
  })
  return result.results.some(item => item.flagged)
}
