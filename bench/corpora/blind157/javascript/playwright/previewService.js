'use strict';

const { chromium } = require('playwright');
const express = require('express');
const log = require('../lib/log');

const router = express.Router();
const SITE = 'https://www.example.com';
const ALLOWED_HOSTS = new Set(['www.example.com', 'docs.example.com']);

async function withPage(fn) {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}

router.get('/preview', async (req, res) => {
  const png = await withPage(async (page) => {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'networkidle' });
    return page.screenshot();
  });
  res.type('png').send(png);
});

router.post('/unfurl', async (req, res) => {
  const link = req.body.link;
  const title = await withPage(async (page) => {
    // expect: ssrf
    await page.goto(link);
    return page.title();
  });
  res.json({ title });
});

async function snapshotTenant(tenant) {
  return withPage(async (page) => {
    // expect: ssrf
    await page.goto(`https://${tenant.subdomain}.${tenant.domain}/status`);
    return page.content();
  });
}

router.get('/docs-preview', async (req, res) => {
  let target;
  try {
    target = new URL(String(req.query.path || '/'), SITE);
  } catch (e) {
    return res.sendStatus(400);
  }
  if (!ALLOWED_HOSTS.has(target.hostname) || target.protocol !== 'https:') return res.sendStatus(400);
  const png = await withPage(async (page) => {
    await page.goto(target.href);
    return page.screenshot();
  });
  return res.type('png').send(png);
});

async function homeSmokeTest() {
  return withPage(async (page) => {
    await page.goto('https://www.example.com/');
    log.info('home ok');
    return page.title();
  });
}

module.exports = { router, snapshotTenant, homeSmokeTest };
