import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { env } from '$env/dynamic/private'

const RENDERER = env.RENDERER_URL ?? 'http://renderer.internal:9000'

async function grab(url: string) {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
  if (!res.ok) error(502, 'upstream failed')
  return new Uint8Array(await res.arrayBuffer())
}

export const GET: RequestHandler = async ({ url, fetch: _kitFetch }) => {
  const src = url.searchParams.get('src')
  if (!src) error(400, 'src required')
  const hint = url.searchParams.get('size') ?? '256'
  const size = Number.parseInt(hint, 10)
  if (Number.isNaN(size)) error(400, 'bad size')

  const image = await grab(`${RENDERER}/thumb?w=${size}&src=${encodeURIComponent(src)}`)
  return new Response(image, { headers: { 'content-type': 'image/png' } })
}

export const POST: RequestHandler = async ({ request }) => {
  const { src } = await request.json()
  // expect: ssrf
  const res = await fetch(src, { signal: AbortSignal.timeout(5000) })
  return new Response(await res.arrayBuffer(), { headers: { 'content-type': res.headers.get('content-type') ?? 'application/octet-stream' } })
}
