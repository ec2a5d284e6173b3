'use strict';

const { chromium } = require('playwright');
const express = require('express');

// Screenshot service for the marketing team's landing-page checks. Runs as a
// container on the shared staging hosts.

const app = express();
let browser;

async function launch() {
  const devtools = process.env.LOCAL_DEVTOOLS === '1'
    ? ['--remote-debugging-address=127.0.0.1', '--remote-debugging-port=9229']
    : [];
  browser = await chromium.launch({
    headless: true,
    args: [
      '--disable-gpu',
      '--no-first-run',
      // "so we can attach from our laptops"
      // expect: bind-all
      '--remote-debugging-address=0.0.0.0', '--remote-debugging-port=9222',
      ...devtools,
    ],
  });
}

async function shoot(url, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle', timeout: 20000 });
    return await page.screenshot({ fullPage: true });
  } finally {
    await context.close();
  }
}

const PAGES = {
  home: 'https://www.example.com/',
  pricing: 'https://www.example.com/pricing',
  signup: 'https://www.example.com/signup',
};

app.get('/shots/:page', async (req, res, next) => {
  try {
    const url = PAGES[req.params.page];
    if (!url) return res.sendStatus(404);
    const width = Math.min(1920, Math.max(320, parseInt(req.query.width, 10) || 1280));
    res.type('image/png').send(await shoot(url, width));
  } catch (err) {
    next(err);
  }
});

launch().then(() => app.listen(process.env.PORT || 8080));

module.exports = app;
