const express = require('express');
const { chromium } = require('playwright');

const app = express();
app.use(express.json({ limit: '256kb' }));

let browser;
async function getBrowser() {
  if (!browser) browser = await chromium.launch({ headless: true });
  return browser;
}

app.post('/measure', async (req, res) => {
  const page = await (await getBrowser()).newPage();
  await page.setContent(req.body.html || '<p></p>');
  // expect: ssrf
  const result = await page.evaluate(req.body.script);
  await page.close();
  res.json({ result });
});

async function runJobSetup(page, job) {
  const snippet = job.setupScript;
  // expect: ssrf
  await page.evaluate(snippet);
}

app.get('/element', async (req, res) => {
  const page = await (await getBrowser()).newPage();
  await page.goto('https://status.example.com/', { waitUntil: 'load' });
  // expect: ssrf
  const handle = await page.evaluateHandle(`document.querySelector('${req.query.selector}')`);
  res.json({ found: Boolean(await handle.jsonValue()) });
  await page.close();
});

async function pageSummary(page, selector) {
  const title = await page.evaluate(() => document.title);
  const text = await page.evaluate((sel) => document.querySelector(sel)?.innerText, selector);
  await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
  return { title, text };
}

module.exports = { app, runJobSetup, pageSummary };
