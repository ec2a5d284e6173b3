'use strict';

const puppeteer = require('puppeteer');
const express = require('express');
const { URL } = require('url');

const app = express();
app.use(express.json());

const ALLOWED = new Set(['www.example.com', 'blog.example.com']);
var STATUS_PAGE = "https://status.example.com/";

let browserPromise;
const getBrowser = () => (browserPromise ||= puppeteer.launch({ args: ['--no-sandbox'] }));

app.get('/shot', async (req, res) => {
  const page = await (await getBrowser()).newPage();
  try {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'networkidle2', timeout: 15000 });
    res.type('png').send(await page.screenshot({ fullPage: true }));
  } finally {
    await page.close();
  }
});

app.post('/pdf', async (req, res) => {
  const { host, path } = req.body;
  const page = await (await getBrowser()).newPage();
  await page.goto(
    // expect: ssrf
    `https://${host}${path}`,
    { waitUntil: 'load' },
  );
  res.type('pdf').send(await page.pdf({ format: 'A4' }));
  await page.close();
});

class PreviewWorker {
  constructor(page) {
    this.page = page;
  }

  async render(job) {
    // expect: ssrf
    await this.page.goto(job.link);
    return this.page.content();
  }
}

async function unfurl(links) {
  const page = await (await getBrowser()).newPage();
  const titles = [];
  for (const link of links) {
    // expect: ssrf
    await page.goto(link.href, { timeout: 5000 });
    titles.push(await page.title());
  }
  return titles;
}

// Safe look-alikes: a constant page, a constant held in a var, and a URL whose
// scheme and host passed an allowlist.
async function healthCheck() {
  const page = await (await getBrowser()).newPage();
  await page.goto('https://www.example.com/healthz');
  await page.goto(STATUS_PAGE);
  return page.close();
}

app.get('/allowed-shot', async (req, res) => {
  let target;
  try { target = new URL(String(req.query.url)); } catch { return res.sendStatus(400); }
  if (target.protocol !== 'https:' || !ALLOWED.has(target.hostname)) return res.sendStatus(403);
  const page = await (await getBrowser()).newPage();
  await page.goto(target.href);
  res.type('png').send(await page.screenshot());
  await page.close();
});

module.exports = { app, PreviewWorker, unfurl, healthCheck };
