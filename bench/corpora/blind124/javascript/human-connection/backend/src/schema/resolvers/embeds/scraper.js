import fetch from 'node-fetch'

const PROVIDERS = [
  { name: 'YouTube', hosts: ['www.youtube.com', 'youtu.be'], oembed: 'https://www.youtube.com/oembed' },
  { name: 'Vimeo', hosts: ['vimeo.com'], oembed: 'https://vimeo.com/api/oembed.json' },
]

const metaFrom = (html) => ({
  title: (html.match(/<title>([^<]*)<\/title>/i) || [])[1] || null,
  image: (html.match(/property="og:image" content="([^"]*)"/i) || [])[1] || null,
})

export default async function scrape(url) {
  // expect: ssrf
  const response = await fetch(url, { timeout: 5000 })
  return { url, ...metaFrom(await response.text()) }
}

export async function scrapeKnownProvider(url) {
  const { hostname } = new URL(url)
  const provider = PROVIDERS.find((p) => p.hosts.includes(hostname))
  if (!provider) return { url, title: null, image: null }
  const response = await fetch(`${provider.oembed}?format=json&url=${encodeURIComponent(url)}`, { timeout: 5000 })
  const data = await response.json()
  return { url, title: data.title, image: data.thumbnail_url }
}
