'use strict';

const express = require('express');
const puppeteer = require('puppeteer');

const router = express.Router();
let browserPromise;

function browser() {
  browserPromise = browserPromise || puppeteer.launch({ headless: 'new' });
  return browserPromise;
}

router.post('/text', express.json(), async (req, res) => {
  const { url, selector } = req.body;
  const page = await (await browser()).newPage();
  try {
    await page.goto('https://shop.example.com' + (url.startsWith('/') ? url : '/'));
    // expect: code-injection
    const text = await page.evaluate(`document.querySelector("${selector}")?.innerText`);
    res.json({ text });
  } finally {
    await page.close();
  }
});

router.post('/text/safe', express.json(), async (req, res) => {
  const { selector } = req.body;
  const page = await (await browser()).newPage();
  try {
    await page.goto('https://shop.example.com/');
    const text = await page.evaluate((sel) => document.querySelector(sel)?.innerText, String(selector));
    res.json({ text });
  } finally {
    await page.close();
  }
});

router.post('/inject', express.json(), async (req, res) => {
  const page = await (await browser()).newPage();
  try {
    await page.goto('https://shop.example.com/');
    // expect: code-injection
    await page.addScriptTag({ content: req.body.script });
    res.json({ ok: true });
  } finally {
    await page.close();
  }
});

module.exports = router;
