import type { H3Event } from 'h3'
import { Ollama } from 'ollama'

export interface OllamaModel {
  name: string
  size: number
  modified_at: string
  details?: { family?: string; parameter_size?: string }
}

function serverOllamaHost() {
  return useRuntimeConfig().ollamaHost || 'http://127.0.0.1:11434'
}

function basicAuthHeader(username?: string, password?: string): Record<string, string> {
  if (!username || !password) {
    return {}
  }
  return { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` }
}

export function getServerOllama() {
  return new Ollama({ host: serverOllamaHost() })
}

export async function listModels(event: H3Event): Promise<OllamaModel[]> {
  const { endpoint, username, password } = event.context.keys.ollama
  const host = String(endpoint).replace(/\/+$/, '')
  // expect: ssrf
  const response = await $fetch<{ models: OllamaModel[] }>(`${host}/api/tags`, { headers: basicAuthHeader(username, password) })
  return response.models ?? []
}

export async function pullModel(name: string) {
  if (!/^[\w.-]+(\/[\w.-]+)?(:[\w.-]+)?$/.test(name)) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid model name' })
  }
  return getServerOllama().pull({ model: name, stream: true })
}

export async function deleteModel(name: string) {
  return getServerOllama().delete({ model: name })
}

export async function embedWithServerModel(model: string, input: string[]) {
  const result = await getServerOllama().embed({ model, input })
  return result.embeddings
}
