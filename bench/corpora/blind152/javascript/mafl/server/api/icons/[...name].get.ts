import { getRouterParam, getQuery, setHeader, createError } from 'h3'
import { readLocalIcon, readUserIcon } from '~/server/utils/icons'

const MIME: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  webp: 'image/webp',
}

export default defineEventHandler(async (event) => {
  const name = getRouterParam(event, 'name') || ''
  const { source = 'bundled' } = getQuery(event)
  const ext = name.split('.').pop() || 'svg'

  const data = source === 'user'
    ? await readUserIcon(name)
    : await readLocalIcon(name)

  if (!data) {
    throw createError({ statusCode: 404, statusMessage: 'Icon not found' })
  }

  setHeader(event, 'Content-Type', MIME[ext] ?? 'application/octet-stream')
  setHeader(event, 'Cache-Control', 'public, max-age=86400')
  setHeader(event, 'X-Content-Type-Options', 'nosniff')
  return data
})

// Icons are referenced from config.yml as `icon: { name: "fa:home" }`
// (resolved client-side) or as a file name under data/icons for
// user-uploaded ones (`icon: { url: "/api/icons/router.png?source=user" }`).
