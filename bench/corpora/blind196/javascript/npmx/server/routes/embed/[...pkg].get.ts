import { marked } from 'marked'
import sanitizeHtml from 'sanitize-html'

function escapeHtml(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img', 'h1', 'h2', 'details', 'summary']),
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'width', 'height'], code: ['class'] },
  allowedSchemes: ['https', 'mailto'],
}

/**
 * An embeddable card for a package: name, description and the README, for docs sites' iframes.
 */
export default defineCachedEventHandler(async (event) => {
  const pkg = getRouterParam(event, 'pkg') ?? ''
  assertValidPackageName(pkg)
  const packument = await fetchNpmPackage(pkg)
  const readmeHtml = sanitizeHtml(await marked.parse(packument.readme ?? ''), SANITIZE_OPTIONS)
  const theme = getQuery(event).theme === 'dark' ? 'dark' : 'light'

  setHeader(event, 'Content-Type', 'text/html; charset=utf-8')
  setHeader(event, 'Content-Security-Policy', 'default-src \'none\'; img-src https:; style-src \'unsafe-inline\'')
  return `<!doctype html>
<html data-theme="${theme}">
<head><meta charset="utf-8"><title>${escapeHtml(packument.name)} - npmx</title></head>
<body>
<header><h1>${escapeHtml(packument.name)}</h1><p>${escapeHtml(packument.description ?? '')}</p></header>
<main class="readme">${readmeHtml}</main>
</body>
</html>`
}, {
  maxAge: 60 * 30,
  getKey: event => `${getRouterParam(event, 'pkg')}|${getQuery(event).theme === 'dark' ? 'dark' : 'light'}`,
})
