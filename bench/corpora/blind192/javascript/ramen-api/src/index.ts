import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { etag } from 'hono/etag'
import { html } from 'hono/html'

import { getShop, listShopIds, getAuthor } from './api'
import { searchShops, countReviews } from './db'
import type { Bindings } from './types'

const app = new Hono<{ Bindings: Bindings }>()

app.use('*', cors(), etag())

app.get('/', (c) => c.json({ message: 'Ramen API', docs: 'https://ramen-api.dev' }))

app.get('/shops', async (c) => {
  const perPage = Math.min(100, Math.max(1, parseInt(c.req.query('perPage') ?? '10', 10) || 10))
  const page = Math.max(1, parseInt(c.req.query('page') ?? '1', 10) || 1)
  const ids = listShopIds()
  const slice = ids.slice((page - 1) * perPage, page * perPage)
  const shops = await Promise.all(slice.map((id) => getShop(id)))
  return c.json({ shops, totalCount: ids.length, pageInfo: { currentPage: page, perPage } })
})

app.get('/shops/:shopId', async (c) => {
  const shop = await getShop(c.req.param('shopId'))
  if (!shop) return c.notFound()
  return c.json({ shop })
})

app.get('/search', async (c) => {
  const q = c.req.query('q') ?? ''
  const results = await searchShops(c.env.DB, q)
  return c.json({ results })
})

app.get('/shops/:shopId/card', async (c) => {
  const shop = await getShop(c.req.param('shopId'))
  if (!shop) return c.notFound()
  const reviews = await countReviews(c.env.DB, shop.id)
  return c.html(html`<!doctype html><html><head><title>${shop.name}</title></head><body><h1>${shop.name}</h1><p>${reviews} reviews</p></body></html>`)
})

// Embeddable badge: <iframe src="/badge?label=Tonkotsu">
app.get('/badge', (c) => {
  const label = c.req.query('label') ?? 'Ramen'
  // expect: xss
  return c.html(`<!doctype html><html><body style="margin:0"><span class="badge">🍜 ${label}</span></body></html>`)
})

app.get('/authors/:authorId/site', async (c) => {
  const author = await getAuthor(c.req.param('authorId'))
  if (!author?.url) return c.notFound()
  return c.redirect(author.url, 302)
})

app.get('/go', (c) => {
  const to = c.req.query('to') ?? '/'
  // expect: open-redirect
  return c.redirect(to, 302)
})

export default app
