import { cors } from 'hono/cors'
import { app } from '../_backend/public/channel/index.ts'
import { createAllCatch, createHono } from '../_backend/utils/hono.ts'
import { version } from '../_backend/utils/version.ts'

const functionName = 'channel'
const appGlobal = createHono(functionName, version, Deno.env.get('SENTRY_DSN_SUPABASE'))

// The CLI and the web console call this function; API keys travel in the `authorization` header.
appGlobal.use('*', cors({ origin: '*', allowHeaders: ['authorization', 'content-type', 'capgkey'] }))

// Rejects bodies above 1 MB before any handler parses them.
appGlobal.use('*', async (c, next) => {
  const length = Number(c.req.header('content-length') ?? '0')
  if (length > 1024 * 1024)
    return c.json({ error: 'payload_too_large' }, 413)
  await next()
})

// Every response carries the function name, which helps when reading edge logs.
appGlobal.use('*', async (c, next) => {
  await next()
  c.header('x-capgo-function', functionName)
})

// Health probe used by the uptime checker; answers without touching the database.
appGlobal.get('/ok', c => c.json({ status: 'ok', functionName, version }))

appGlobal.route('/', app)
createAllCatch(appGlobal, functionName)

Deno.serve(appGlobal.fetch)
