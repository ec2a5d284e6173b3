'use strict';

const puppeteer = require('puppeteer');
const express = require('express');

const APP_ORIGIN = process.env.APP_ORIGIN || 'https://app.example.com';
const app = express();
app.use(express.json());

let browserPromise;
function browser() {
  browserPromise = browserPromise || puppeteer.launch({ args: ['--no-sandbox'] });
  return browserPromise;
}

app.post('/preview', async (req, res) => {
  const { target } = req.body;
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.goto(target, { waitUntil: 'networkidle2', timeout: 15000 });
  const title = await page.title();
  await page.close();
  res.json({ title });
});

async function screenshotJob(job) {
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.goto(job.data.url);
  const png = await page.screenshot({ fullPage: true });
  await page.close();
  return png;
}

async function unfurl(message) {
  const link = message.links[0];
  const page = await (await browser()).newPage();
  // expect: ssrf
  await page.goto(link.href, { waitUntil: 'domcontentloaded' });
  const description = await page.$eval('meta[name="description"]', (m) => m.content).catch(() => '');
  await page.close();
  return description;
}

// Safe look-alikes: a fixed page, a fixed variable, our own pages only.
async function warmUp() {
  const page = await (await browser()).newPage();
  await page.goto('https://app.example.com/login');
  await page.close();
}

async function smokeTest() {
  var statusPage = 'https://status.example.com/';
  const page = await (await browser()).newPage();
  await page.goto(statusPage);
  await page.close();
}

async function crawlOwnPages() {
  const page = await (await browser()).newPage();
  for (const path of ['/', '/pricing', '/docs']) {
    await page.goto(APP_ORIGIN + path);
  }
  await page.close();
}

module.exports = { app, screenshotJob, unfurl, warmUp, smokeTest, crawlOwnPages };
