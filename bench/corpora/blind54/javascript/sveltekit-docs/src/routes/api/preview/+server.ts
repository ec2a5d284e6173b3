import type { RequestHandler } from './$types'
import { marked } from 'marked'
import DOMPurify from 'isomorphic-dompurify'
import { escapeHtml } from '$lib/server/html'

export const POST: RequestHandler = async ({ request, locals }) => {
  const { title = 'Untitled', markdown = '' } = await request.json()
  const rendered = DOMPurify.sanitize(await marked.parse(String(markdown)))
  const page = `<!doctype html><html lang="${escapeHtml(locals.locale)}"><head><title>${escapeHtml(title)}</title></head><body>${rendered}</body></html>`
  return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } })
}

export const GET: RequestHandler = async ({ url }) => {
  const title = url.searchParams.get('title') || 'Untitled'
  let page = '<!doctype html><html><head>'
  page += `<title>${title}</title>`
  page += '</head><body><div id="app"></div></body></html>'
  // expect: xss
  return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } })
}
