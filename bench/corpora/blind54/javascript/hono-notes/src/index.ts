import { Hono } from 'hono'
import { serve } from '@hono/node-server'
import { logger } from 'hono/logger'
import { secureHeaders } from 'hono/secure-headers'
import { tenantMiddleware } from './middleware/tenant'
import notes from './routes/notes'
import exportsRoute from './routes/exports'
import links from './routes/links'

export type AppEnv = {
  Variables: {
    tenant: string
    region: string
    actor: string
  }
}

const app = new Hono<AppEnv>()

app.use('*', logger())
app.use('*', secureHeaders())
app.use('/api/*', tenantMiddleware)

app.route('/api/notes', notes)
app.route('/api/exports', exportsRoute)
app.route('/l', links)

app.get('/healthz', (c) => c.text('ok'))

app.notFound((c) => c.json({ error: 'not found' }, 404))

app.onError((err, c) => {
  console.error('unhandled error', err.message)
  return c.json({ error: 'internal' }, 500)
})

const port = Number(process.env.PORT ?? 8787)
serve({ fetch: app.fetch, port })
console.log(`notes api listening on ${port}`)

export default app
