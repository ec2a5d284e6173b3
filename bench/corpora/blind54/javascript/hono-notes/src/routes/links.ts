import { Hono } from 'hono'
import type { AppEnv } from '../index'

const links = new Hono<AppEnv>()
const PREVIEW_HOST = 'https://preview.internal.example.com'
const ALLOWED_HOSTS = new Set(['docs.example.com', 'example.com'])

links.get('/out', (c) => {
  const target = c.req.query('to') ?? '/'
  // expect: open-redirect
  return c.redirect(target, 302)
})

links.get('/go', (c) => {
  const target = c.req.query('to') ?? '/'
  let url: URL
  try {
    url = new URL(target)
  } catch {
    return c.redirect('/')
  }
  if (!ALLOWED_HOSTS.has(url.hostname)) {
    return c.redirect('/')
  }
  return c.redirect(url.toString())
})

links.get('/back', (c) => {
  const next = c.req.query('next') ?? '/'
  const dest = next.startsWith('/') && !next.startsWith('//') ? next : '/'
  return c.redirect(dest)
})

links.get('/unfurl', async (c) => {
  const { url } = c.req.query()
  // expect: ssrf
  const res = await fetch(url, { redirect: 'follow' })
  const text = await res.text()
  const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1] ?? ''
  return c.json({ title })
})

links.get('/unfurl-internal', async (c) => {
  const { slug } = c.req.query()
  const res = await fetch(`${PREVIEW_HOST}/render/${encodeURIComponent(slug ?? '')}`)
  return c.json(await res.json())
})

export default links
