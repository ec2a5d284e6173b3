const AVATAR_HOSTS = new Set(['pbs.twimg.com', 'abs.twimg.com'])

export default defineEventHandler(async (event) => {
  const { src } = getQuery(event)
  if (typeof src !== 'string') {
    throw createError({ statusCode: 400, statusMessage: 'src is required' })
  }

  let url: URL
  try {
    url = new URL(src)
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'src must be a URL' })
  }
  if (url.protocol !== 'https:' || !AVATAR_HOSTS.has(url.hostname)) {
    throw createError({ statusCode: 400, statusMessage: 'Only Twitter image hosts are proxied' })
  }

  const image = await $fetch.raw<ArrayBuffer>(url.toString(), { responseType: 'arrayBuffer', redirect: 'manual' })
  setHeader(event, 'Content-Type', image.headers.get('content-type') ?? 'image/jpeg')
  setHeader(event, 'Cache-Control', 'public, max-age=86400')
  return Buffer.from(image._data as ArrayBuffer)
})

/**
 * Twitter serves several sizes of the same avatar; the card only needs the 200px one.
 */
export function normalizeAvatarSize(src: string): string {
  return src.replace(/_(normal|bigger|mini|400x400)\.(jpg|jpeg|png|webp)$/i, '_200x200.$2')
}

export function isDefaultAvatar(src: string): boolean {
  return src.includes('default_profile_images')
}
