function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// shown when the iframe cannot load the app (no JavaScript)
export function renderFallback(theme: string, term: string) {
  return `<!doctype html><html data-theme="${escapeHtml(theme)}"><body>
<p>Comments for <b>${term}</b> could not be loaded.</p>
</body></html>`;
}
