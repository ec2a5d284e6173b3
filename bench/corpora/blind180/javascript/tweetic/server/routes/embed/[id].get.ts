import type { TweetOembed } from '~~/interface'
import { constructHtml } from '../../_lib/parser'

const THEMES = new Set(['light', 'dark', 'dim'])

function cacheSeconds(theme: string): number {
  // Dark and dim cards are generated on demand and kept shorter.
  return theme === 'light' ? 600 : 300
}

function frameHeaders(event: Parameters<typeof setHeader>[0]) {
  setHeader(event, 'Referrer-Policy', 'no-referrer')
  setHeader(event, 'X-Content-Type-Options', 'nosniff')
}

export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id') ?? ''
  if (!/^\d{1,20}$/.test(id)) {
    throw createError({ statusCode: 404, statusMessage: 'Unknown tweet' })
  }
  const query = getQuery(event)
  const theme = THEMES.has(String(query.theme)) ? String(query.theme) : 'light'
  const accent = typeof query.accent === 'string' ? query.accent : '#1d9bf0'

  const oembed = await $fetch<TweetOembed>('https://publish.twitter.com/oembed', {
    query: { url: `https://x.com/i/status/${id}`, omit_script: 1, dnt: true },
  })
  const card = await constructHtml(oembed, { layout: 'default', css: 'plain' })

  frameHeaders(event)
  setHeader(event, 'Content-Type', 'text/html; charset=utf-8')
  setHeader(event, 'Cache-Control', `public, max-age=${cacheSeconds(theme)}`)
  // expect: xss
  return `<!doctype html><html data-theme="${theme}"><head><meta charset="utf-8"><style>:root{--accent:${accent}}</style><link rel="stylesheet" href="/embed.css"></head><body>${card}</body></html>`
})
