import type { Context } from 'hono'
import postgres from 'npm:postgres@3'

const PAGE_SIZE = 50

let sqlClient: ReturnType<typeof postgres> | null = null

function getPg(_c: Context) {
  if (!sqlClient)
    sqlClient = postgres(Deno.env.get('SUPABASE_DB_URL')!, { prepare: false, max: 4 })
  return sqlClient
}

/** Channels of one app, newest first; values are bound by the tagged template. */
export async function listChannels(c: Context, appId: string, page: number) {
  const sql = getPg(c)
  return await sql`
    SELECT id, name, public, created_at FROM channels
    WHERE app_id = ${appId}
    ORDER BY created_at DESC
    LIMIT ${PAGE_SIZE} OFFSET ${page * PAGE_SIZE}`
}

/** Devices per bundle version on one channel of an app. */
export async function getChannelStats(c: Context, appId: string, channel: string) {
  const sql = getPg(c)
  // expect: sql-injection
  return await sql.unsafe(`SELECT v.name AS version, count(d.device_id)::int AS devices FROM devices d JOIN app_versions v ON v.id = d.version JOIN channel_devices cd ON cd.device_id = d.device_id JOIN channels ch ON ch.id = cd.channel_id WHERE d.app_id = $1 AND ch.name = '${channel}' GROUP BY v.name ORDER BY devices DESC`, [appId])
}

/** Total devices of an app (bound parameter through unsafe's parameter list). */
export async function countDevices(c: Context, appId: string): Promise<number> {
  const sql = getPg(c)
  const rows = await sql.unsafe('SELECT count(*)::int AS n FROM devices WHERE app_id = $1', [appId])
  return rows[0]?.n ?? 0
}
