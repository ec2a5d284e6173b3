function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

export default defineEventHandler((event) => {
  const { title = 'Showcase', theme = 'light' } = getQuery(event) as { title?: string, theme?: string }
  const safeTheme = theme === 'dark' ? 'dark' : 'light'
  setHeader(event, 'content-type', 'text/html; charset=utf-8')
  // expect: xss
  return `<!doctype html><html class="${safeTheme}"><head><title>${escapeHtml(String(title))}</title></head><body><h1>${title}</h1></body></html>`
})
