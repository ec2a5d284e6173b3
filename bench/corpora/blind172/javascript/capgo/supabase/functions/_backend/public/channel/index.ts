import { Hono } from 'hono/tiny'
import type { Context } from 'hono'
import { middlewareKey } from '../../utils/hono.ts'
import { hasAppRightApikey, supabaseApikey } from '../../utils/supabase.ts'
import { getChannelStats, listChannels } from '../../utils/pg.ts'

export const app = new Hono()

// GET /channel?app_id=com.demo.app&channel=production&page=0
app.get('/', middlewareKey(['all', 'read']), async (c: Context) => {
  const apikey = c.get('apikey')
  const appId = c.req.query('app_id') ?? ''
  const channel = c.req.query('channel')
  const page = Math.max(0, Number(c.req.query('page') ?? 0) || 0)

  if (!(await hasAppRightApikey(c, appId, apikey.user_id, 'read', apikey.key)))
    return c.json({ status: 'You can\'t access this app', app_id: appId }, 400)

  if (channel) {
    const { data, error } = await supabaseApikey(c, apikey.key)
      .from('channels')
      .select('id, name, public, allow_device_self_set, created_at, version(name)')
      .eq('app_id', appId)
      .eq('name', channel)
      .single()
    if (error || !data)
      return c.json({ status: 'Cannot find channel', error }, 400)
    return c.json(data)
  }

  return c.json(await listChannels(c, appId, page))
})

// GET /channel/stats?app_id=...&channel=production : device counts per version
app.get('/stats', middlewareKey(['all', 'read']), async (c: Context) => {
  const apikey = c.get('apikey')
  const appId = c.req.query('app_id') ?? ''
  const channel = c.req.query('channel') ?? ''
  if (!(await hasAppRightApikey(c, appId, apikey.user_id, 'read', apikey.key)))
    return c.json({ status: 'You can\'t access this app', app_id: appId }, 400)
  return c.json(await getChannelStats(c, appId, channel))
})
