import type { H3Event } from 'h3'

export interface ContextKeys {
  ollama: { endpoint: string; username?: string; password?: string }
  openai: { key: string; endpoint?: string }
  anthropic: { key: string }
  langchain: { tracing: boolean }
}

const defaults = (): ContextKeys => {
  const config = useRuntimeConfig()
  return {
    ollama: { endpoint: config.ollamaHost || 'http://127.0.0.1:11434' },
    openai: { key: '' },
    anthropic: { key: '' },
    langchain: { tracing: false },
  }
}

function parseKeysHeader(event: H3Event): Partial<ContextKeys> {
  const raw = getRequestHeader(event, 'x-chat-ollama-keys')
  if (!raw) {
    return {}
  }
  try {
    const decoded = JSON.parse(decodeURIComponent(raw))
    return typeof decoded === 'object' && decoded !== null ? decoded : {}
  } catch {
    return {}
  }
}

export default defineEventHandler((event) => {
  if (!event.path.startsWith('/api/')) {
    return
  }
  const base = defaults()
  const fromClient = parseKeysHeader(event)
  event.context.keys = {
    ...base,
    openai: { ...base.openai, ...fromClient.openai },
    anthropic: { ...base.anthropic, ...fromClient.anthropic },
    ollama: { ...base.ollama, ...fromClient.ollama },
  }
})
