import { createClient } from 'redis'
import { env } from '$env/dynamic/private'

const redis = createClient({ url: env.REDIS_URL })
await redis.connect()

export type SessionUser = { id: string; email: string; workspace: string; role: 'admin' | 'member' }

export async function getSession(sid: string): Promise<SessionUser | null> {
  const raw = await redis.get(`sess:${sid}`)
  if (!raw) return null
  try {
    return JSON.parse(raw) as SessionUser
  } catch {
    return null
  }
}
