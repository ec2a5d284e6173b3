// Share page with OpenGraph tags for a short link; crawlers read it, browsers are sent on by a meta refresh.
import { escapeAttr } from '~/server/utils/page-meta'

export default eventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  if (!slug) throw createError({ status: 400, statusText: 'Missing slug' })
  const { KV } = event.context.cloudflare.env
  const link = await KV.get(`link:${slug}`, { type: 'json' }) as { url: string, title?: string, description?: string } | null
  if (!link) throw createError({ status: 404, statusText: 'Not Found' })

  const { ref = '' } = getQuery(event) as { ref?: string }
  const title = escapeAttr(link.title ?? slug)
  const description = escapeAttr(link.description ?? '')
  const target = escapeAttr(link.url)

  const { title: siteTitle = 'Sink' } = useAppConfig(event)
  const siteName = escapeAttr(siteTitle)

  setResponseHeaders(event, {
    'Cache-Control': 'public, max-age=300',
    'X-Robots-Tag': 'noindex',
  })
  console.info('og page', { slug, hasRef: Boolean(ref) })
  setResponseHeader(event, 'Content-Type', 'text/html; charset=utf-8')
  if (!ref) {
    return `<!doctype html><meta property="og:site_name" content="${siteName}"><meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta http-equiv="refresh" content="0;url=${target}">`
  }
  // expect: xss
  return `<!doctype html><meta property="og:title" content="${title}"><p>Shared by ${ref}</p><meta http-equiv="refresh" content="0;url=${target}">`
})
