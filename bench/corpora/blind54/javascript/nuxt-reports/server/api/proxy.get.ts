import { $fetch } from 'ofetch'

const UPSTREAMS: Record<string, string> = {
  billing: 'https://billing.internal.example.com',
  metrics: 'https://metrics.internal.example.com',
}

export default defineEventHandler(async (event) => {
  const { service = 'billing', path = '/' } = getQuery(event) as { service?: string; path?: string }
  const base = UPSTREAMS[service]
  if (!base) {
    throw createError({ statusCode: 404, statusMessage: 'unknown service' })
  }
  const url = new URL(path, base)
  if (url.origin !== new URL(base).origin) {
    throw createError({ statusCode: 400, statusMessage: 'bad path' })
  }
  return $fetch(url.toString(), { headers: { 'x-tenant': String(event.context.tenant) } })
})
