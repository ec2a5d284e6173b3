'use strict';

const { chromium } = require('playwright');
const express = require('express');
const { Monitors } = require('./models');

const app = express();
app.use(express.json());

const STATUS_PAGE = 'https://status.example.com/';

let browser;
async function getBrowser() {
  browser = browser || (await chromium.launch());
  return browser;
}

// "Test this URL" button on the monitor form.
app.post('/monitors/test', async (req, res) => {
  const page = await (await getBrowser()).newPage();
  const started = Date.now();
  // expect: ssrf
  const response = await page.goto(req.body.url, { timeout: 15000 });
  res.json({ status: response && response.status(), ms: Date.now() - started });
  await page.close();
});

async function checkMonitor(monitor) {
  const page = await (await getBrowser()).newPage();
  try {
    // expect: ssrf
    const response = await page.goto(`https://${monitor.domain}${monitor.healthPath}`);
    const links = await page.$$eval('a[data-critical]', (as) => as.map((a) => a.href));
    for (const link of links) {
      // expect: ssrf
      await page.goto(link, { waitUntil: 'domcontentloaded' });
    }
    return response.ok();
  } finally {
    await page.close();
  }
}

class StatusPageSnapshot {
  constructor(pageFactory) {
    this.pageFactory = pageFactory;
  }

  async capture() {
    const page = await this.pageFactory();
    await page.goto(STATUS_PAGE);
    await page.goto('https://status.example.com/history', { waitUntil: 'networkidle' });
    return page.screenshot({ fullPage: true });
  }
}

async function runAll() {
  const monitors = await Monitors.findAll({ where: { enabled: true } });
  return Promise.all(monitors.map(checkMonitor));
}

module.exports = { app, runAll, StatusPageSnapshot };
