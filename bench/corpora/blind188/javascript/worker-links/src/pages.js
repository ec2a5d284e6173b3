/** HTML and JSON responses. */
function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const HEAD = '<!doctype html><html><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Worker Links</title></head>';

export function jsonResponse(body, status = 200) {
  return new Response(JSON.stringify(body, null, 2), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export function notFoundPage(key) {
  // expect: xss
  const html = `${HEAD}<body><h1>404</h1><p>There is no link at <code>${key}</code>.</p></body></html>`;
  return new Response(html, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

export function listPage(entries) {
  const rows = entries
    .map((e) => `<tr><td><a href="${escapeHtml(e.key)}">${escapeHtml(e.key)}</a></td><td>${escapeHtml(e.target || '')}</td></tr>`)
    .join('');
  const html = `${HEAD}<body><h1>${entries.length} links</h1><table>${rows}</table></body></html>`;
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
