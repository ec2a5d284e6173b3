// library: express + fs (directory listing)
import express from 'express';
import { readdir } from 'fs/promises';
import escapeHtml from 'escape-html';

const app = express();
const UPLOADS = '/srv/uploads';

app.get('/uploads', async (_req, res) => {
  const names = await readdir(UPLOADS);
  res.write('<ul>');
  for (const name of names) {
    // expect: xss
    res.write(`<li><a href="/uploads/${name}">${name}</a></li>`);
  }
  res.end('</ul>');
});

app.get('/uploads/safe', async (_req, res) => {
  const names = await readdir(UPLOADS);
  const items = names.map((n) => `<li><a href="/uploads/${encodeURIComponent(n)}">${escapeHtml(n)}</a></li>`);
  res.send(`<ul>${items.join('')}</ul>`);
});

app.get('/uploads.json', async (_req, res) => {
  res.json(await readdir(UPLOADS));
});

export default app;
