const puppeteer = require('puppeteer');
const { URL } = require('url');
const logger = require('../lib/logger');

const HOME = 'https://www.example.com/';
const SITE_ORIGIN = new URL(HOME).origin;

async function withPage(fn) {
  const browser = await puppeteer.launch({ headless: 'new' });
  try {
    const page = await browser.newPage();
    page.setDefaultNavigationTimeout(15000);
    return await fn(page);
  } finally {
    await browser.close();
  }
}

async function checkHome() {
  return withPage(async (page) => {
    const res = await page.goto('https://www.example.com/', { waitUntil: 'domcontentloaded' });
    return res.status();
  });
}

async function checkSubmitted(submission) {
  return withPage(async (page) => {
    // expect: ssrf
    const res = await page.goto(submission.url, { waitUntil: 'networkidle2' });
    logger.info('checked %s -> %d', submission.url, res.status());
    return res.status();
  });
}

async function checkSitePath(pathname) {
  const target = new URL(pathname, HOME);
  if (target.origin !== SITE_ORIGIN) throw new Error('off-site path');
  return withPage((page) => page.goto(target.href));
}

async function fetchTitle(webhookBody) {
  const link = webhookBody.attachments[0].link;
  return withPage(async (page) => {
    // expect: ssrf
    await page.goto(link);
    return page.title();
  });
}

async function checkMirror(req) {
  const mirror = `http://${req.query.region}.mirror.internal/health`;
  return withPage(async (page) => {
    // expect: ssrf
    const res = await page.goto(mirror);
    return res.ok();
  });
}

module.exports = { checkHome, checkSubmitted, checkSitePath, fetchTitle, checkMirror };
