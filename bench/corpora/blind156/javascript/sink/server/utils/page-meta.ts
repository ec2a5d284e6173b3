// Fetches OpenGraph data for links that were saved through the authenticated create endpoint.
export async function fetchPageMeta(url: string) {
  const html = await $fetch<string>(url, { responseType: 'text', timeout: 5000 })
  const pick = (name: string) =>
    html.match(new RegExp(`<meta[^>]+property=["']og:${name}["'][^>]+content=["']([^"']{0,500})["']`, 'i'))?.[1] ?? ''
  return {
    url,
    title: pick('title') || html.match(/<title>([^<]{0,300})<\/title>/i)?.[1] || '',
    description: pick('description'),
    image: pick('image'),
  }
}

export function escapeAttr(value: string) {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

export function allowedOrigins(event: H3Event): string[] {
  const { siteOrigins } = useRuntimeConfig(event)
  return String(siteOrigins || '').split(',').map(s => s.trim()).filter(Boolean)
}

export function isSameSite(url: string, origins: string[]) {
  try {
    return origins.includes(new URL(url).origin)
  } catch {
    return false
  }
}
