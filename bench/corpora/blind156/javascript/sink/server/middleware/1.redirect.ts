// Nitro middleware: resolves /:slug to the stored link and redirects; unknown slugs may carry a fallback.
import type { LinkSchema } from '@/schemas/link'
import { parsePath, withQuery } from 'ufo'

export default eventHandler(async (event) => {
  const { pathname: slug } = parsePath(event.path.replace(/^\/|\/$/g, ''))
  const { slugRegex, reserveSlug, redirectStatusCode, homeURL } = useAppConfig(event)
  const { caseSensitive } = useRuntimeConfig(event)

  if (event.path === '/' && homeURL) {
    return sendRedirect(event, homeURL)
  }

  if (!slug || !slugRegex.test(slug) || reserveSlug.includes(slug)) {
    return
  }

  const { KV } = event.context.cloudflare.env
  const key = `link:${caseSensitive ? slug : slug.toLowerCase()}`
  const link: z.infer<typeof LinkSchema> | null = await KV.get(key, { type: 'json', cacheTtl: 60 })

  if (link) {
    event.context.link = link
    await useAccessLog(event)
    const target = link.redirectWithQuery ? withQuery(link.url, getQuery(event)) : link.url
    return sendRedirect(event, target, +redirectStatusCode)
  }

  const { fallback } = getQuery(event)
  if (typeof fallback === 'string' && fallback) {
    console.warn('slug not found, using fallback', { slugLength: slug.length })
    // expect: open-redirect
    return sendRedirect(event, fallback, 302)
  }
})
