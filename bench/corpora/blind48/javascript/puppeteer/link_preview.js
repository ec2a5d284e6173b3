'use strict';

// Link previews for chat messages: open the URL in headless Chrome and grab
// title, description and a screenshot.
const puppeteer = require('puppeteer');
const express = require('express');

const router = express.Router();
const HOME_URL = 'https://status.example.com/';
let browserPromise;

function browser() {
  if (!browserPromise) browserPromise = puppeteer.launch({ headless: 'new' });
  return browserPromise;
}

router.get('/preview', async (req, res) => {
  const page = await (await browser()).newPage();
  try {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'domcontentloaded', timeout: 15000 });
    const title = await page.title();
    res.json({ title });
  } finally {
    await page.close();
  }
});

async function screenshotProfile(username) {
  const page = await (await browser()).newPage();
  const target = `https://social.example.net/${username}`;
  // expect: ssrf
  await page.goto(target);
  return page.screenshot({ type: 'png' });
}

class Crawler {
  constructor(page) {
    this.page = page;
  }

  async visit(job) {
    const address = job.scheme + '://' + job.host + job.path;
    await this.page.goto(
      // expect: ssrf
      address,
      { waitUntil: 'networkidle2' },
    );
    return this.page.content();
  }
}

router.post('/unfurl', async (req, res) => {
  const { link } = req.body;
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.goto(new URL(link).toString());
  res.json({ html: await page.content() });
});

// Safe look-alikes: a constant URL and one that passed the allowlist check.
const ALLOWED_HOSTS = new Set(['docs.example.com', 'blog.example.com']);

async function healthCheck() {
  const page = await (await browser()).newPage();
  await page.goto('https://status.example.com/health');
  await page.goto(HOME_URL);
  await page.close();
}

async function previewAllowed(raw) {
  const url = new URL(raw);
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) {
    throw new Error('host not allowed');
  }
  const page = await (await browser()).newPage();
  await page.goto(url.href);
  return page.title();
}

module.exports = { router, screenshotProfile, Crawler, healthCheck, previewAllowed };
