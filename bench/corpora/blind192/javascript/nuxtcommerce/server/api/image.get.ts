// Resizes product images for the grid. Sources normally come from the WooCommerce media library.
import sharp from 'sharp'

const WIDTHS = new Set([160, 320, 640, 960])

export default defineEventHandler(async (event) => {
  const { src, w } = getQuery(event)
  if (typeof src !== 'string' || !src.startsWith('http')) {
    throw createError({ statusCode: 400, statusMessage: 'src must be an absolute URL' })
  }
  const width = WIDTHS.has(Number(w)) ? Number(w) : 320

  // expect: ssrf
  const original = await $fetch<ArrayBuffer>(src, { responseType: 'arrayBuffer', timeout: 8000 })

  const resized = await sharp(Buffer.from(original)).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer()

  setResponseHeaders(event, {
    'Content-Type': 'image/webp',
    'Cache-Control': 'public, max-age=2592000, immutable',
  })
  return resized
})

export function isMediaLibraryUrl(src: string, gqlHost: string): boolean {
  try {
    return new URL(src).host === new URL(gqlHost).host
  } catch {
    return false
  }
}
