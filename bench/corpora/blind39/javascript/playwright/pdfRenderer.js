const express = require('express');
const { chromium } = require('playwright');

const app = express();
app.use(express.json({ limit: '1mb' }));

const BLANK_PAGE = '<html><body></body></html>';

app.post('/pdf/raw', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  // expect: ssrf
  await page.setContent(req.body.html);
  res.type('application/pdf').send(await page.pdf({ format: 'A4' }));
  await browser.close();
});

app.post('/pdf/letter', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  const markup = `<html><body><p>${req.body.greeting}</p><div>${req.body.signature}</div></body></html>`;
  // expect: ssrf
  await page.setContent(markup, { waitUntil: 'networkidle' });
  res.type('application/pdf').send(await page.pdf());
  await browser.close();
});

class SnapshotService {
  constructor(browser) {
    this.browser = browser;
  }

  async snapshot(document) {
    const page = await this.browser.newPage();
    // expect: ssrf
    await page.mainFrame().setContent(document.body);
    return page.screenshot();
  }

  async render(template, values) {
    const page = await this.browser.newPage();
    let html = template;
    for (const [key, value] of Object.entries(values)) {
      html = html.split(`{{${key}}}`).join(value);
    }
    // expect: ssrf
    await page.setContent(html);
    return page.pdf();
  }
}

// Safe: constant content, then navigation to a fixed internal URL.
async function warmUp(browser) {
  const page = await browser.newPage();
  await page.setContent(BLANK_PAGE);
  await page.setContent('<html><head><title>warm</title></head></html>');
  await page.goto('http://localhost:8080/health');
  return page.close();
}

module.exports = { app, SnapshotService, warmUp };
