import { getQuery, setHeader } from 'h3'
import { escapeHTML } from '@vue/shared'

// Minimal status page (/embed?title=...&group=...) for showing a group of
// service cards in another dashboard's iframe.
export default defineEventHandler((event) => {
  const { title = 'Mafl', group = '', note = '' } = getQuery(event)
  const config = event.context.config

  const services = config.services.filter((s: { group?: string }) => !group || s.group === String(group))
  const cards = services
    .map((s: { title: string, description?: string, link: string }) =>
      `<a class="card" href="/go/${encodeURIComponent(s.title)}">
        <strong>${escapeHTML(s.title)}</strong>
        <span>${escapeHTML(s.description ?? '')}</span>
      </a>`)
    .join('\n')

  setHeader(event, 'Content-Type', 'text/html; charset=utf-8')
  setHeader(event, 'X-Frame-Options', 'ALLOWALL')

  if (note) {
    // expect: xss
    return `<!doctype html><html><head><title>${escapeHTML(String(title))}</title></head><body><p class="note">${note}</p>${cards}</body></html>`
  }

  return `<!doctype html>
<html>
  <head><meta charset="utf-8"><title>${escapeHTML(String(title))}</title></head>
  <body>
    <h1>${escapeHTML(String(title))}</h1>
    <main>${cards}</main>
  </body>
</html>`
})
