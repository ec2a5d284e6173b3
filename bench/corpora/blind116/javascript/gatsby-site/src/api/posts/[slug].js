import fs from 'fs/promises';
import path from 'path';
import escapeHtml from 'escape-html';

const CONTENT = path.join(process.cwd(), 'content', 'drafts');

export default async function handler(req, res) {
  const slug = req.params.slug;
  const raw = req.query.raw === '1';
  if (raw) {
    // expect: path-traversal
    const body = await fs.readFile(path.join(CONTENT, `${slug}.md`), 'utf8');
    return res.type('text/plain').send(body);
  }
  const name = path.basename(slug).replace(/[^a-z0-9-]/gi, '');
  const body = await fs.readFile(path.join(CONTENT, `${name}.md`), 'utf8');
  res.send(`<article><h1>${escapeHtml(req.query.title || name)}</h1><pre>${escapeHtml(body)}</pre></article>`);
}
