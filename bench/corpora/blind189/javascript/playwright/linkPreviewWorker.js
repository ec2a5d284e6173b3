'use strict';

const { chromium } = require('playwright');
const { queue } = require('../jobs/queue');
const { uploadPreview } = require('../storage/previews');
const logger = require('../logger');

const RENDERER_BASE = process.env.RENDERER_BASE || 'https://render.internal.example.com';
const VIEWPORT = { width: 1200, height: 630 };

let browser;

async function getBrowser() {
  if (!browser) {
    browser = await chromium.launch({ headless: true });
  }
  return browser;
}

// A chat message contained a link: take a card-sized screenshot of it.
async function renderLinkCard(job) {
  const { url, messageId } = job.data;
  const context = await (await getBrowser()).newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    // expect: ssrf
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15000 });
    const png = await page.screenshot({ type: 'png' });
    await uploadPreview(messageId, png);
  } finally {
    await context.close();
  }
}

// Our own share card for a message, rendered by the internal renderer.
async function renderShareCard(job) {
  const { messageId } = job.data;
  const context = await (await getBrowser()).newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(`${RENDERER_BASE}/cards/${encodeURIComponent(messageId)}`, { waitUntil: 'networkidle' });
    const png = await page.screenshot({ type: 'png' });
    await uploadPreview(`share-${messageId}`, png);
  } finally {
    await context.close();
  }
}

async function warmUp() {
  const page = await (await getBrowser()).newPage();
  await page.goto('about:blank');
  await page.close();
  logger.info('preview browser ready');
}

queue.process('link-card', renderLinkCard);
queue.process('share-card', renderShareCard);

module.exports = { warmUp };
