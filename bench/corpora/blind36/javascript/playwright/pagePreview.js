'use strict';
const { chromium } = require('playwright');
const express = require('express');

const app = express();
app.use(express.json());

app.get('/preview', async function (req, res) {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto('https://render.internal.example.com/blank.html');
  // expect: ssrf
  const html = await page.evaluate((url) => fetch(url).then((r) => r.text()), req.query.url);
  await browser.close();
  res.send({ length: html.length });
});

async function embedImage(page, imageUrl) {
  // expect: ssrf
  return page.evaluateHandle(({ src }) => {
    const img = document.createElement('img');
    img.src = src;
    document.body.appendChild(img);
    return img;
  }, { src: imageUrl });
}

class Snapshotter {
  constructor(browser) {
    this.browser = browser;
  }

  async snapshot(frameName, target) {
    const page = await this.browser.newPage();
    const frame = page.frame({ name: frameName }) || page.mainFrame();
    // expect: ssrf
    await frame.evaluate((t) => { window.location.href = t; }, target);
    return page.screenshot();
  }
}

async function countItems(page, limit) {
  const n = Number.parseInt(limit, 10) || 10;
  return page.evaluate((max) => document.querySelectorAll('li').length > max, n);
}

async function pageTitle(page) {
  return page.evaluate(() => document.title);
}

module.exports = { app, embedImage, Snapshotter, countItems, pageTitle };
