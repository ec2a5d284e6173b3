export interface NormalisedRoute {
  id: string
  url: string
  path: string
}

export function normaliseRoutePath(input: string, site: string): NormalisedRoute {
  // a path keeps the configured site; a full URL is kept as given
  const url = /^https?:\/\//.test(input) ? input : new URL(input, site).toString()
  const path = new URL(url).pathname
  return { id: Buffer.from(url).toString('hex').slice(0, 12), url, path }
}

export function normaliseSitePath(input: string, site: string): NormalisedRoute {
  const url = new URL(input, site)
  const base = new URL(site)
  url.protocol = base.protocol
  url.host = base.host
  return { id: Buffer.from(url.toString()).toString('hex').slice(0, 12), url: url.toString(), path: url.pathname }
}
