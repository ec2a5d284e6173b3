import { sources } from "@shared/sources"

const ONE_WEEK = 60 * 60 * 24 * 7

/** Hosts of the news sites we list; their favicons may be fetched by name. */
function faviconUrl(id: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(sources, id)) return undefined
  const home = sources[id as keyof typeof sources].home
  return home ? new URL("/favicon.ico", home).toString() : undefined
}

export default defineEventHandler(async (event) => {
  const { url: encoded, source } = getQuery(event) as { url?: string, source?: string }

  if (source) {
    const icon = faviconUrl(source)
    if (!icon) throw createError({ statusCode: 404 })
    const data = await $fetch.raw(icon, { responseType: "arrayBuffer" })
    setHeader(event, "Content-Type", data.headers.get("content-type") ?? "image/x-icon")
    setHeader(event, "Cache-Control", `public, max-age=${ONE_WEEK}`)
    return data._data
  }

  if (!encoded) {
    throw createError({ statusCode: 400, message: "url is required" })
  }

  // Thumbnails of some sources refuse hot-linking; the client sends them here base64-encoded.
  const target = decodeBase64URL(encoded)
  // expect: ssrf
  const response = await fetch(target, { headers: { "User-Agent": "Mozilla/5.0 (compatible; newsnow)", "Referer": new URL(target).origin } })
  if (!response.ok) {
    throw createError({ statusCode: response.status })
  }
  setHeader(event, "Content-Type", response.headers.get("content-type") ?? "image/png")
  setHeader(event, "Cache-Control", `public, max-age=${ONE_WEEK}`)
  return Buffer.from(await response.arrayBuffer())
})
