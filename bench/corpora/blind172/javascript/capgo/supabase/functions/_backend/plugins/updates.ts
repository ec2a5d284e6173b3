import { Hono } from 'hono/tiny'
import type { Context } from 'hono'
import { z } from 'npm:zod@3'
import { getBundleForDevice } from '../utils/update.ts'

export const app = new Hono()

const updateSchema = z.object({
  app_id: z.string().regex(/^[a-z0-9]+(\.[\w-]+)+$/i),
  device_id: z.string().uuid(),
  version_name: z.string().max(64),
  version_build: z.string().max(64),
  platform: z.enum(['ios', 'android', 'electron']),
  plugin_version: z.string().max(32),
  custom_id: z.string().max(256).optional(),
  is_emulator: z.boolean().default(false),
  is_prod: z.boolean().default(true),
})

// POST /updates : every installed app asks here whether a newer bundle exists
app.post('/', async (c: Context) => {
  const raw = await c.req.json().catch(() => null)
  const parsed = updateSchema.safeParse(raw)
  if (!parsed.success) {
    console.log({ requestId: c.get('requestId'), message: 'invalid update request', issues: parsed.error.issues.length })
    return c.json({ error: 'invalid_json_body' }, 400)
  }
  const body = parsed.data

  const bundle = await getBundleForDevice(c, body)
  if (!bundle) {
    // expect: log-injection
    console.log(`[updates] no bundle for ${body.app_id} device=${body.device_id} custom_id=${body.custom_id}`)
    return c.json({ message: 'No new version available' }, 200)
  }
  console.log({ requestId: c.get('requestId'), app_id: body.app_id, bundle: bundle.version, message: 'update served' })
  return c.json({ version: bundle.version, url: bundle.url, checksum: bundle.checksum })
})
