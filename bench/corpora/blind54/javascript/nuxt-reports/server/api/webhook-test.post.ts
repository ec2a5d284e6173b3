import axios from 'axios'

type HookTest = { target?: string; payload?: Record<string, unknown> }

export default defineEventHandler(async (event) => {
  const body = await readBody<HookTest>(event)
  const hook = { ...body, sentAt: new Date().toISOString() }
  try {
    // expect: ssrf
    const res = await axios.post(hook.target ?? '', hook.payload ?? {}, { timeout: 5000 })
    return { status: res.status }
  } catch (err: any) {
    return { status: err?.response?.status ?? 0, error: 'delivery failed' }
  }
})
