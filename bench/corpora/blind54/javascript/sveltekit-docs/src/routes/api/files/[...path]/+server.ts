import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { Readable } from 'node:stream'
import { readFile } from 'node:fs/promises'
import { docPath, contained, openDoc } from '$lib/server/storage'

export const GET: RequestHandler = async ({ params, locals, url }) => {
  if (!locals.user) error(401, 'login required')

  if (url.searchParams.get('mode') === 'raw') {
    const full = docPath(locals.workspace, params.path)
    // expect: path-traversal
    const body = await readFile(full, 'utf8')
    return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }

  const full = contained(locals.workspace, params.path)
  if (!full) error(404, 'not found')
  const { size, stream } = await openDoc(full)
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
  })
}
