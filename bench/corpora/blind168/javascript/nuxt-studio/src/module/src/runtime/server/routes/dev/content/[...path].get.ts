import { readFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { eventHandler, getRouterParam, createError, setHeader } from 'h3'
import { useRuntimeConfig } from '#imports'
import { requireStudioUser } from '../../../utils/session'

export default eventHandler(async (event) => {
  if (!import.meta.dev) throw createError({ statusCode: 404 })
  await requireStudioUser(event)

  const contentDir = resolve(useRuntimeConfig(event).studio.dev.contentDir)
  const requested = decodeURIComponent(getRouterParam(event, 'path') ?? '')
  const file = resolve(contentDir, requested)
  if (!file.startsWith(contentDir + sep)) {
    throw createError({ statusCode: 400, message: 'Path escapes the content directory' })
  }

  if (requested.endsWith('/') || requested === '') {
    throw createError({ statusCode: 400, message: 'A file path is required' })
  }

  try {
    const content = await readFile(file, 'utf8')
    setHeader(event, 'Content-Type', 'text/plain; charset=utf-8')
    setHeader(event, 'Cache-Control', 'no-store')
    setHeader(event, 'X-Content-Length', String(Buffer.byteLength(content)))
    return content
  }
  catch {
    throw createError({ statusCode: 404, message: `No content at ${requested}` })
  }
})
