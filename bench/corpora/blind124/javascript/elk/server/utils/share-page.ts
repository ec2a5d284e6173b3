function escapeHtml(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function renderSharePage(title: string, text: string, url: string) {
  const draft = encodeURIComponent([title, text, url].filter(Boolean).join('\n'))
  return `<!doctype html><html><head><title>Share to Elk</title></head><body><h1>${title}</h1><p>${escapeHtml(text)}</p><a href="/compose?text=${draft}">Continue</a></body></html>`
}
