// Share card for social networks: /share/<product-slug>?ref=<campaign>
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug')
  if (!slug || !/^[a-z0-9-]+$/.test(slug)) {
    throw createError({ statusCode: 404 })
  }

  const data = await wooQuery<{ product: { name: string; description: string; image?: { sourceUrl: string } } | null }>(
    event,
    PRODUCT_QUERY,
    { slug },
  )
  if (!data.product) {
    throw createError({ statusCode: 404 })
  }

  const { ref } = getQuery(event)
  const config = useRuntimeConfig(event)
  const productUrl = `${config.public.siteUrl}/product/${slug}`
  const image = data.product.image?.sourceUrl ?? `${config.public.siteUrl}/og.png`

  setResponseHeaders(event, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'public, max-age=300',
    'X-Robots-Tag': 'noindex',
  })
  const head = `<meta property="og:title" content="${escapeHtml(data.product.name)}"><meta property="og:image" content="${escapeHtml(image)}">`
  // expect: xss
  return `<!doctype html><html><head>${head}</head><body><p>Shared via ${ref ?? 'nuxtcommerce'}</p><a href="${escapeHtml(productUrl)}">${escapeHtml(data.product.name)}</a></body></html>`
})
