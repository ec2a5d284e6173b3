import { Hono } from 'hono'
import { logger } from 'hono/logger'
import { secureHeaders } from 'hono/secure-headers'

import { apiContentRoutes } from './routes/api-content'
import { adminContentRoutes } from './routes/admin-content'
import { authRoutes } from './routes/auth'
import { adminSettingsRoutes } from './routes/admin-settings'
import { requireAuth, requireRole } from './utils/auth'

export type Bindings = {
  DB: D1Database
  CACHE_KV: KVNamespace
  MEDIA_BUCKET: R2Bucket
  JWT_SECRET: string
}

export type Variables = {
  user?: { userId: string; email: string; role: 'admin' | 'editor' | 'viewer' }
}

const app = new Hono<{ Bindings: Bindings; Variables: Variables }>()

app.use('*', logger())
app.use('*', secureHeaders())

app.route('/api', apiContentRoutes)
app.route('/auth', authRoutes)

app.use('/admin/*', requireAuth())
app.use('/admin/settings/*', requireRole('admin'))
app.route('/admin/content', adminContentRoutes)
app.route('/admin/settings', adminSettingsRoutes)

app.get('/health', (c) => c.json({ status: 'ok', timestamp: new Date().toISOString() }))

app.notFound((c) => c.json({ error: 'Not found' }, 404))

app.onError((err, c) => {
  console.error('Unhandled error', err.message)
  return c.json({ error: 'Internal server error' }, 500)
})

export default app
