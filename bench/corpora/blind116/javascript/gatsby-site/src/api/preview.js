import escapeHtml from 'escape-html';

function page(title, note) {
  return `<!doctype html><html><body><h1>${title}</h1><p>${note}</p></body></html>`;
}

export default function handler(req, res) {
  const title = req.query.title ?? 'Draft preview';
  const note = req.query.escape === 'no' ? req.query.note : escapeHtml(req.query.note || '');
  res.setHeader('Content-Type', 'text/html');
  // expect: xss
  res.send(page(title, note));
}
