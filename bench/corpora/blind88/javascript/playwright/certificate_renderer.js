'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright');
const escapeHtml = require('escape-html');

const TEMPLATE = fs.readFileSync(path.join(__dirname, 'templates', 'certificate.html'), 'utf8');
const BLANK = '<!doctype html><html><body></body></html>';

let browserPromise;
function browser() {
  browserPromise = browserPromise || chromium.launch();
  return browserPromise;
}

async function renderCertificate(req, res) {
  const page = await (await browser()).newPage();
  const html = TEMPLATE
    .replace('{{name}}', escapeHtml(req.body.name))
    .replace('{{course}}', escapeHtml(req.body.course));
  await page.setContent(html, { waitUntil: 'networkidle' });
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  await page.close();
  res.type('application/pdf').send(pdf);
}

async function renderCustom(req, res) {
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.setContent(req.body.html, { waitUntil: 'load' });
  res.type('application/pdf').send(await page.pdf({ format: 'A4' }));
  await page.close();
}

async function renderBadge(req, res) {
  const page = await (await browser()).newPage();
  const markup = `<html><body><div class="badge">${req.body.title}</div><img src="${req.body.logoUrl}"></body></html>`;
  // expect: ssrf
  await page.setContent(markup);
  res.type('png').send(await page.screenshot());
  await page.close();
}

class ThumbnailService {
  constructor(pagePool) {
    this.pagePool = pagePool;
  }

  async thumbnail(post) {
    const page = await this.pagePool.acquire();
    await page.setContent(BLANK);
    // expect: ssrf
    await page.setContent('<article>' + post.bodyHtml + '</article>', { timeout: 10000 });
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 600, height: 315 } });
    this.pagePool.release(page);
    return png;
  }
}

module.exports = { renderCertificate, renderCustom, renderBadge, ThumbnailService };
