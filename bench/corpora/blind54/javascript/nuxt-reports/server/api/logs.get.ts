import { createReadStream } from 'node:fs'
import { join } from 'node:path'

export default defineEventHandler((event) => {
  const tenant = event.context.tenant as string
  let day = getQuery(event).day as string | undefined
  day ??= new Date().toISOString().slice(0, 10)
  // tenant may come from ?tenant= (server/middleware/tenant.ts)
  const file = join('/var/log/reports', tenant, `${day}.log`)
  // expect: path-traversal
  return sendStream(event, createReadStream(file))
})
