// library: playwright (rendering request HTML in a server-side browser)
import express from 'express';
import { chromium } from 'playwright';
import DOMPurify from 'isomorphic-dompurify';
import escapeHtml from 'escape-html';

const app = express();
app.use(express.json({ limit: '1mb' }));

app.post('/render/pdf', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  // expect: xss
  await page.setContent(req.body.html, { waitUntil: 'networkidle' });
  res.type('application/pdf').send(await page.pdf({ format: 'A4' }));
  await browser.close();
});

app.post('/render/certificate', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.setContent(`<h1>Certificate</h1><p>${escapeHtml(req.body.name)}</p>`);
  res.type('application/pdf').send(await page.pdf());
  await browser.close();
});

app.post('/render/note', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.setContent(DOMPurify.sanitize(req.body.noteHtml));
  // expect: xss
  await page.setContent(`<main>${req.body.noteHtml}</main><footer>${escapeHtml(req.body.author)}</footer>`);
  res.type('image/png').send(await page.screenshot());
  await browser.close();
});

app.get('/render/blank', async (_req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.setContent('<html><body><h1>Test page</h1></body></html>');
  res.type('image/png').send(await page.screenshot());
  await browser.close();
});

export default app;
