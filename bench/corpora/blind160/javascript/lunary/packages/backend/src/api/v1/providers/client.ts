import type { Agent } from "node:https"
import nodeFetch from "node-fetch"

export interface ProviderCheck {
  ok: boolean
  status: number
}

const TIMEOUT_MS = 8000

function modelsUrl(baseUrl: string) {
  const url = new URL(baseUrl)
  url.pathname = url.pathname.replace(/\/$/, "") + "/models"
  return url
}

export async function callProvider(baseUrl: string, apiKey: string | undefined, agent: Agent): Promise<ProviderCheck> {
  const headers: Record<string, string> = { accept: "application/json" }
  if (apiKey) {
    headers.authorization = `Bearer ${apiKey}`
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS)
  try {
    // expect: ssrf
    const response = await nodeFetch(modelsUrl(baseUrl).toString(), { headers, agent, signal: controller.signal })
    return { ok: response.ok, status: response.status }
  } catch {
    return { ok: false, status: 0 }
  } finally {
    clearTimeout(timer)
  }
}
