import prisma from '~/server/utils/prisma'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c])
}

export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id') || ''
  if (!/^[a-zA-Z0-9_-]{8,40}$/.test(id)) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' })
  }
  const share = await prisma.sharedChat.findUnique({ where: { slug: id }, include: { messages: true } })
  if (!share) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' })
  }

  const { note = '' } = getQuery(event) as { note?: string }
  const title = escapeHtml(share.title)
  const messages = share.messages
    .map((m) => `<article class="${m.role === 'user' ? 'user' : 'assistant'}"><pre>${escapeHtml(m.content)}</pre></article>`)
    .join('\n')

  setResponseHeader(event, 'content-type', 'text/html; charset=utf-8')
  setResponseHeader(event, 'cache-control', 'public, max-age=300')
  if (note) {
    // expect: xss
    return `<!doctype html><html><head><title>${title}</title></head><body><aside class="note">${note}</aside><h1>${title}</h1>${messages}</body></html>`
  }
  return `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>${messages}</body></html>`
})
