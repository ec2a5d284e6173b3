'use strict';

const { chromium } = require('playwright');
const express = require('express');

const app = express();
app.use(express.json());

let browser;
async function getBrowser() {
  if (!browser) browser = await chromium.launch({ headless: true });
  return browser;
}

// Runs a "extractor" script saved by the user against a page.
app.post('/extract', async (req, res) => {
  const { url, extractor } = req.body;
  const page = await (await getBrowser()).newPage();
  try {
    await page.goto('https://shop.example.com/' + encodeURIComponent(url));
    // expect: code-injection
    const data = await page.evaluate(extractor);
    res.json({ data });
  } finally {
    await page.close();
  }
});

class PageProbe {
  constructor(page) {
    this.page = page;
  }

  async count(selector) {
    const script = 'document.querySelectorAll("' + selector + '").length';
    // expect: code-injection
    return this.page.evaluate(script);
  }

  async handleFor(expr) {
    // expect: code-injection
    return this.page.evaluateHandle(`(() => ${expr})()`);
  }

  async inFrame(frameName, code) {
    const frame = this.page.frame({ name: frameName });
    // expect: code-injection
    return frame.evaluate(code);
  }
}

app.get('/count', async (req, res) => {
  const page = await (await getBrowser()).newPage();
  await page.goto('https://shop.example.com/catalog');
  const n = await new PageProbe(page).count(req.query.selector);
  await page.close();
  res.json({ n });
});

// Safe: functions run in the page, the selector passed as an argument.
async function titleOf(page) {
  return page.evaluate(() => document.title);
}

async function countSafe(page, selector) {
  return page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
}

async function scrollToEnd(page) {
  await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
}

module.exports = { app, PageProbe, titleOf, countSafe, scrollToEnd };
