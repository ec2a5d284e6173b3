'use strict';
const CDP = require('chrome-remote-interface');
const express = require('express');
const escapeHtml = require('escape-html');

const app = express();
app.use(express.json({ limit: '1mb' }));

async function withPage(fn) {
  const client = await CDP({ port: 9222 });
  try {
    await client.Page.enable();
    const { frameTree } = await client.Page.getFrameTree();
    return await fn(client, frameTree.frame.id);
  } finally {
    await client.close();
  }
}

app.post('/render/raw', (req, res) => withPage(async ({ Page }, frameId) => {
  // expect: ssrf
  await Page.setDocumentContent({ frameId, html: req.body.html });
  const { data } = await Page.printToPDF();
  res.type('application/pdf').send(Buffer.from(data, 'base64'));
}));

app.post('/render/invoice', (req, res) => withPage(async (client, frameId) => {
  const { customer, lines } = req.body;
  let html = `<h1>Invoice for ${customer}</h1><table>`;
  for (const line of lines) {
    html += `<tr><td>${line.label}</td><td>${line.amount}</td></tr>`;
  }
  html += '</table>';
  // expect: ssrf
  await client.Page.setDocumentContent({ frameId: frameId, html: html });
  const { data } = await client.Page.printToPDF({ printBackground: true });
  res.type('application/pdf').send(Buffer.from(data, 'base64'));
}));

class LetterRenderer {
  constructor(client, frameId) {
    this.page = client.Page;
    this.frameId = frameId;
  }

  async render(letter) {
    // expect: ssrf
    await this.page.setDocumentContent({ frameId: this.frameId, html: `<div class="letter">${letter.body}</div>` });
    return this.page.printToPDF();
  }
}

app.post('/render/receipt', (req, res) => withPage(async ({ Page }, frameId) => {
  const html = `<h1>Receipt</h1><p>${escapeHtml(req.body.customer)}</p><p>${escapeHtml(String(req.body.total))}</p>`;
  await Page.setDocumentContent({ frameId, html });
  const { data } = await Page.printToPDF();
  res.type('application/pdf').send(Buffer.from(data, 'base64'));
}));

async function warmUp() {
  return withPage(({ Page }, frameId) => Page.setDocumentContent({ frameId, html: '<p>ready</p>' }));
}

module.exports = { app, LetterRenderer, warmUp };
