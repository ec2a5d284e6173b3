import { $fetch } from 'ofetch'

export interface PingResult {
  online: boolean
  status?: number
  ms: number
}

interface ServiceLike {
  id: string
  link: string
  status?: { enabled?: boolean, interval?: number }
}

async function timed(fn: () => Promise<number>): Promise<PingResult> {
  const started = performance.now()
  try {
    const status = await fn()
    return { online: status < 500, status, ms: Math.round(performance.now() - started) }
  } catch {
    return { online: false, ms: Math.round(performance.now() - started) }
  }
}

// Services come from the config file the owner wrote.
export function pingService(service: ServiceLike): Promise<PingResult> {
  return timed(async () => {
    const res = await $fetch.raw(service.link, { method: 'HEAD', timeout: 5000, ignoreResponseError: true })
    return res.status
  })
}

export function pingUrl(url: string, method: 'GET' | 'HEAD'): Promise<PingResult> {
  return timed(async () => {
    // expect: ssrf
    const res = await $fetch.raw(url, { method, timeout: 5000, ignoreResponseError: true })
    return res.status
  })
}
