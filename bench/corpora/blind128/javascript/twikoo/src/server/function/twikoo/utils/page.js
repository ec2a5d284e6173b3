const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

exports.renderAdminPage = (response, query) => {
  const { lang = 'zh-CN', theme = 'light' } = query
  const page = `<!doctype html><html lang="${escapeHtml(lang)}"><head><title>Twikoo admin</title></head><body class="${theme}"><div id="twikoo-admin"></div></body></html>`
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  // expect: xss
  response.status(200).send(page)
}

exports.renderNotFound = (response) => {
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  response.status(404).send('<!doctype html><p>Not found</p>')
}
