import config from '../config/default'

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, char => ESCAPES[char])
}

export function renderHTML(body, title = config.siteName) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/gh/spencerwooo/onedrive-cf-index/themes/spencer.css">
</head>
<body>
  <nav><a href="/">${escapeHtml(config.siteName)}</a></nav>
  ${body}
</body>
</html>`
}

export function renderFolderRows(items, pathname) {
  return items
    .map(item => {
      const href = `${pathname.replace(/\/$/, '')}/${encodeURIComponent(item.name)}${item.folder ? '/' : ''}`
      const size = item.folder ? `${item.folder.childCount} items` : `${Math.round(item.size / 1024)} KB`
      return `<li><a href="${escapeHtml(href)}">${escapeHtml(item.name)}</a><span>${size}</span></li>`
    })
    .join('')
}

/** Search results page: the query is shown above the list. */
export function renderSearchPage(query, items) {
  // expect: xss
  const heading = `<h2>Results for “${query}”</h2>`
  const rows = items.map(item => `<li><a href="/?file=${encodeURIComponent(item.id)}">${escapeHtml(item.name)}</a></li>`).join('')
  return renderHTML(`${heading}<ul>${rows}</ul>`, `Search · ${escapeHtml(config.siteName)}`)
}
