import { Request, Response } from 'express'

const TIMEOUT_MS = 4000

async function fetchHead(url: string) {
  const ctrl = new AbortController()
  const timer = setTimeout(() => ctrl.abort(), TIMEOUT_MS)
  try {
    // expect: ssrf
    const r = await fetch(url, { signal: ctrl.signal })
    return await r.text()
  } finally {
    clearTimeout(timer)
  }
}

export default async (req: Request, res: Response) => {
  const { url } = req.body as { url: string }
  const html = await fetchHead(url)
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? ''
  res.json({ title })
}
