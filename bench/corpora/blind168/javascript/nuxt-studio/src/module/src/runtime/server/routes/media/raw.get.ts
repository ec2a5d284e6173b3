import { eventHandler, getQuery, createError, setHeader } from 'h3'
import { useRuntimeConfig } from '#imports'
import { requireStudioUser } from '../../utils/session'

const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
}

export default eventHandler(async (event) => {
  const user = await requireStudioUser(event)
  const { path } = getQuery(event) as { path?: string }
  if (!path || path.includes('..')) throw createError({ statusCode: 400, message: 'Invalid path' })

  const { owner, repo, branch } = useRuntimeConfig(event).studio.repository
  const segments = path.split('/').filter(Boolean).map(encodeURIComponent).join('/')
  const url = `https://raw.githubusercontent.com/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/${encodeURIComponent(branch)}/${segments}`

  const headers: Record<string, string> = { Accept: 'application/octet-stream' }
  if (user.accessToken) headers.Authorization = `Bearer ${user.accessToken}`
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) })
  if (!response.ok) throw createError({ statusCode: response.status, message: 'Media not found' })

  const extension = path.slice(path.lastIndexOf('.')).toLowerCase()
  const type = MEDIA_TYPES[extension]
  if (!type) throw createError({ statusCode: 415, message: 'Unsupported media type' })

  setHeader(event, 'Content-Type', type)
  setHeader(event, 'X-Content-Type-Options', 'nosniff')
  setHeader(event, 'Cache-Control', 'private, max-age=60')
  return new Uint8Array(await response.arrayBuffer())
})
