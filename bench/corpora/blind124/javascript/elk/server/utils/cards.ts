const CARD_HOSTS = new Set(['www.youtube.com', 'youtu.be', 'github.com', 'en.wikipedia.org'])

function extractCard(html: string) {
  const title = html.match(/<meta property="og:title" content="([^"]*)"/)?.[1] ?? ''
  const image = html.match(/<meta property="og:image" content="([^"]*)"/)?.[1] ?? ''
  return { title, image }
}

export async function fetchCard(url: string) {
  // expect: ssrf
  const html = await $fetch<string>(url, { responseType: 'text', timeout: 5000 })
  return extractCard(html)
}

export async function fetchCardFromAllowedHost(url: string) {
  const parsed = new URL(url)
  if (parsed.protocol !== 'https:' || !CARD_HOSTS.has(parsed.hostname))
    throw createError({ statusCode: 400, statusMessage: 'host not allowed' })
  const html = await $fetch<string>(parsed.href, { responseType: 'text', timeout: 5000 })
  return extractCard(html)
}
