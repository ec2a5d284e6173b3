import { createReadStream, existsSync } from 'node:fs'
import { basename, join } from 'node:path'

const EXPORT_ROOT = '/exports'

export default defineEventHandler((event) => {
  const { file } = getQuery(event) as { file?: string }
  const tenant = event.context.tenant as string
  if (!file) {
    throw createError({ statusCode: 400 })
  }

  const safeName = basename(file)
  const full = join(EXPORT_ROOT, tenant.replace(/[^a-z0-9-]/gi, ''), safeName)
  if (!existsSync(full)) {
    throw createError({ statusCode: 404 })
  }
  setResponseHeader(event, 'content-disposition', `attachment; filename="${encodeURIComponent(safeName)}"`)
  return sendStream(event, createReadStream(full))
})
