import { Hono } from 'hono'
import { z } from 'zod'

import type { Bindings, Variables } from '../index'

export const adminSettingsRoutes = new Hono<{ Bindings: Bindings; Variables: Variables }>()

const generalSchema = z.object({
  siteName: z.string().min(1).max(100),
  siteDescription: z.string().max(500).optional(),
  timezone: z.string().max(64),
  language: z.enum(['en', 'es', 'fr', 'de', 'ja']),
}).strict()

type Settings = Record<string, unknown>

function deepMerge(target: Settings, source: Settings): Settings {
  for (const key of Object.keys(source)) {
    const value = source[key]
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key] || typeof target[key] !== 'object') {
        target[key] = {}
      }
      deepMerge(target[key] as Settings, value as Settings)
    } else {
      // expect: prototype-pollution
      target[key] = value
    }
  }
  return target
}

async function loadSettings(kv: KVNamespace, category: string): Promise<Settings> {
  return (await kv.get<Settings>(`settings:${category}`, 'json')) ?? {}
}

adminSettingsRoutes.put('/general', async (c) => {
  const parsed = generalSchema.safeParse(await c.req.json())
  if (!parsed.success) {
    return c.json({ error: 'Invalid settings', issues: parsed.error.issues }, 400)
  }
  await c.env.CACHE_KV.put('settings:general', JSON.stringify(parsed.data))
  return c.json({ data: parsed.data })
})

adminSettingsRoutes.patch('/plugins/:plugin', async (c) => {
  const plugin = c.req.param('plugin')
  if (!/^[a-z][a-z0-9-]{1,40}$/.test(plugin)) {
    return c.json({ error: 'Unknown plugin' }, 404)
  }
  const current = await loadSettings(c.env.CACHE_KV, `plugin:${plugin}`)
  const merged = deepMerge(current, await c.req.json())
  await c.env.CACHE_KV.put(`settings:plugin:${plugin}`, JSON.stringify(merged))
  return c.json({ data: merged })
})
