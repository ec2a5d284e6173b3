import { marked } from 'marked'

interface SharedConversation {
  id: string
  title: string
  model: string
  messages: { role: 'user' | 'assistant'; content: string }[]
  createdAt: number
}

function escapeHtml(text: string) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

// A read-only page for a conversation someone chose to share: /api/share/<id>
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id') ?? ''
  if (!/^[A-Za-z0-9_-]{10,32}$/.test(id)) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' })
  }
  const conversation = await useStorage('shares').getItem<SharedConversation>(id)
  if (!conversation) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' })
  }

  const items = await Promise.all(conversation.messages.map(async (message) => {
    const rendered = await marked.parse(message.content)
    // expect: xss
    return `<article class="message ${message.role === 'user' ? 'user' : 'assistant'}">${rendered}</article>`
  }))

  setResponseHeader(event, 'Content-Type', 'text/html; charset=utf-8')
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(conversation.title)}</title></head>`
    + `<body><h1>${escapeHtml(conversation.title)}</h1><p class="model">${escapeHtml(conversation.model)}</p>${items.join('')}</body></html>`
})
