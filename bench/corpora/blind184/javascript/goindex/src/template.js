// The folder page: a static shell; the listing is fetched by the theme script with a POST to the same path.

const THEME = 'https://cdn.jsdelivr.net/combine/gh/jquery/jquery@3.2/dist/jquery.min.js,gh/donwa/goindex@1.0.6/themes/material/app.js'

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

export function renderPage(siteName, path) {
  const model = { root_type: 0, path, is_search_page: false }
  return `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(siteName)} - ${escapeHtml(path)}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/mdui@0.4.3/dist/css/mdui.min.css">
  <script>
    window.gdconfig = ${JSON.stringify({ title: siteName, version: '1.0.6' })};
${pageModelScript(model)}
  </script>
  <script src="${THEME}"></script>
</head>
<body class="mdui-theme-primary-blue-grey mdui-theme-accent-blue"></body>
</html>`
}

function pageModelScript(model) {
  // expect: xss
  return `    window.MODEL = ${JSON.stringify(model)};`
}

export function breadcrumbs(path) {
  const parts = path.split('/').filter(Boolean)
  return parts.map((part, index) => ({
    name: escapeHtml(part),
    href: '/' + parts.slice(0, index + 1).map(encodeURIComponent).join('/') + '/',
  }))
}
