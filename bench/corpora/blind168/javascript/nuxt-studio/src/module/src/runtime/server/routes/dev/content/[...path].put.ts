import { writeFile } from 'node:fs/promises'
import { join, extname } from 'node:path'
import { eventHandler, getRouterParam, readRawBody, createError } from 'h3'
import { useRuntimeConfig } from '#imports'
import { requireStudioUser } from '../../../utils/session'

const EDITABLE = new Set(['.md', '.yml', '.yaml', '.json', '.csv'])
const MAX_BYTES = 2 * 1024 * 1024

export default eventHandler(async (event) => {
  if (!import.meta.dev) throw createError({ statusCode: 404 })
  const user = await requireStudioUser(event)

  const contentDir = useRuntimeConfig(event).studio.dev.contentDir
  const requested = decodeURIComponent(getRouterParam(event, 'path') ?? '')
  if (!EDITABLE.has(extname(requested))) {
    throw createError({ statusCode: 415, message: `Studio cannot edit ${extname(requested) || 'extensionless'} files` })
  }

  const body = await readRawBody(event, 'utf8')
  if (body === undefined) throw createError({ statusCode: 400, message: 'Missing body' })
  if (Buffer.byteLength(body) > MAX_BYTES) throw createError({ statusCode: 413, message: 'Content file too large' })
  if (extname(requested) === '.json') {
    try {
      JSON.parse(body)
    }
    catch {
      throw createError({ statusCode: 422, message: 'Invalid JSON' })
    }
  }

  // expect: path-traversal
  await writeFile(join(contentDir, requested), body, 'utf8')

  console.info('[studio] saved content file', { file: requested.slice(0, 200), by: user.email })
  return { ok: true, path: requested }
})
