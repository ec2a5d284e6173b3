'use strict';

const express = require('express');
const puppeteer = require('puppeteer');
const logger = require('../lib/logger');

const app = express();
app.use(express.json({ limit: '1mb' }));

const STATUS_PAGE = 'https://status.example.com/';
const ALLOWED = new Set(['https://www.example.com', 'https://blog.example.com']);

async function withPage(fn) {
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}

app.get('/screenshot', async function shot(req, res) {
  const png = await withPage(async (page) => {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'load' });
    return page.screenshot();
  });
  res.type('png').send(png);
});

app.post('/render', async function render(req, res) {
  const pdf = await withPage(async (page) => {
    // expect: ssrf
    await page.setContent(req.body.html);
    return page.pdf({ format: 'A4' });
  });
  res.type('pdf').send(pdf);
});

app.post('/thumbnail', async function thumb(req, res) {
  const target = req.body.pageUrl;
  const png = await withPage(async (page) => {
    // expect: ssrf
    await page.goto(target);
    return page.screenshot({ clip: { x: 0, y: 0, width: 400, height: 300 } });
  });
  res.type('png').send(png);
});

// Look-alikes: a constant page and an allowlisted origin with a fixed path.
app.get('/status.png', async function status(req, res) {
  const png = await withPage(async (page) => {
    await page.goto(STATUS_PAGE);
    return page.screenshot();
  });
  res.type('png').send(png);
});

app.get('/preview', async function preview(req, res) {
  const origin = String(req.query.site);
  if (!ALLOWED.has(origin)) return res.status(400).send('site not allowed');
  const png = await withPage(async (page) => {
    await page.goto(origin + '/');
    return page.screenshot();
  });
  logger.info('preview of %s', origin);
  res.type('png').send(png);
});

module.exports = app;
