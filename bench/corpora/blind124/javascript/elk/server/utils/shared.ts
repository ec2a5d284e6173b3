import { createStorage } from 'unstorage'
import fsDriver from 'unstorage/drivers/fs'

export interface AppInfo {
  server: string
  client_id: string
  client_secret: string
  redirect_uri: string
}

const storage = createStorage({ driver: fsDriver({ base: './.data/servers' }) })

export async function getApp(server: string): Promise<AppInfo | null> {
  const key = `v3:${server.toLowerCase()}.json`
  return (await storage.getItem<AppInfo>(key)) ?? null
}
