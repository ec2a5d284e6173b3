// Link preview for the dashboard: reads title and description of a stored link, or of a URL being typed in.
import { z } from 'zod'
import { fetchPageMeta } from '~/server/utils/page-meta'

const QuerySchema = z.object({
  slug: z.string().trim().max(2048).optional(),
  url: z.string().trim().url().max(2048).optional(),
})

// The dashboard is behind the API token middleware (server/middleware/2.auth.ts),
// so both branches run for a signed-in site owner.
export default eventHandler(async (event) => {
  const { slug, url } = await getValidatedQuery(event, QuerySchema.parse)
  const { KV } = event.context.cloudflare.env

  if (slug) {
    const link = await KV.get(`link:${slug}`, { type: 'json' }) as { url: string } | null
    if (!link) throw createError({ status: 404, statusText: 'Not Found' })
    return fetchPageMeta(link.url)
  }

  if (url) {
    // expect: ssrf
    const html = await $fetch<string>(url, { responseType: 'text', timeout: 5000 })
    const title = html.match(/<title>([^<]*)<\/title>/i)?.[1] ?? ''
    return { url, title }
  }

  throw createError({ status: 400, statusText: 'slug or url required' })
})
