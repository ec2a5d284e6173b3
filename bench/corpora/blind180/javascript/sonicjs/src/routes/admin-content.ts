import { Hono } from 'hono'
import { html, raw } from 'hono/html'

import type { Bindings, Variables } from '../index'
import { ContentService } from '../services/content'
import { renderMarkdown } from '../utils/markdown'

export const adminContentRoutes = new Hono<{ Bindings: Bindings; Variables: Variables }>()

adminContentRoutes.get('/:id/edit', async (c) => {
  const service = new ContentService(c.env.DB)
  const row = await service.getContent(c.req.param('id'))
  if (!row) {
    return c.html(html`<p class="text-red-500">Content not found</p>`, 404)
  }
  return c.html(html`
    <form hx-put="/admin/content/${row.id}" hx-target="#result">
      <input name="title" value="${row.title}" class="input" />
      <textarea name="body">${JSON.parse(row.data).body ?? ''}</textarea>
      <button type="submit">Save</button>
    </form>
    <div id="result"></div>`)
})

adminContentRoutes.put('/:id', async (c) => {
  const form = await c.req.parseBody()
  const title = String(form.title ?? '').trim()
  if (!title) {
    return c.html(html`<div class="alert">Title is required</div>`, 400)
  }
  const service = new ContentService(c.env.DB)
  await service.updateTitle(c.req.param('id'), title, c.get('user')!.userId)
  return c.html(html`<div class="alert alert-success">Saved "${title}"</div>`)
})

adminContentRoutes.get('/:id/preview', async (c) => {
  const service = new ContentService(c.env.DB)
  const row = await service.getContent(c.req.param('id'))
  if (!row) {
    return c.notFound()
  }
  const body = renderMarkdown(JSON.parse(row.data).body ?? '')
  // expect: xss
  return c.html(`<article><h1>${row.title}</h1>${body}</article><p class="meta">${row.status}</p>`)
})

adminContentRoutes.get('/:id/card', async (c) => {
  const service = new ContentService(c.env.DB)
  const row = await service.getContent(c.req.param('id'))
  if (!row) {
    return c.notFound()
  }
  return c.html(html`<div class="card"><h3>${row.title}</h3>${raw(renderMarkdown(JSON.parse(row.data).summary ?? ''))}</div>`)
})
