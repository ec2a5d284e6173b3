'use strict';

// Link previews for the chat app: when a message holds a URL, the client asks
// this service for a title and a thumbnail. Runs in the same VPC as the
// internal admin tools.

const express = require('express');
const puppeteer = require('puppeteer');

const app = express();
let browserPromise;

function browser() {
  browserPromise = browserPromise || puppeteer.launch({ args: ['--no-sandbox'] });
  return browserPromise;
}

app.get('/preview', async function preview(req, res) {
  const page = await (await browser()).newPage();
  try {
    // expect: ssrf
    await page.goto(req.query.url, { waitUntil: 'domcontentloaded', timeout: 8000 });
    const title = await page.title();
    const shot = await page.screenshot({ type: 'jpeg', quality: 60 });
    res.json({ title, thumbnail: shot.toString('base64') });
  } catch (err) {
    res.status(502).json({ error: 'preview failed' });
  } finally {
    await page.close();
  }
});

app.get('/preview/message/:id', async function messagePreview(req, res) {
  const page = await (await browser()).newPage();
  try {
    const id = encodeURIComponent(req.params.id);
    // our own message renderer; only the encoded id varies
    await page.goto('https://chat-render.internal/messages/' + id + '?theme=' + (req.query.theme === 'dark' ? 'dark' : 'light'));
    res.type('png').send(await page.screenshot());
  } finally {
    await page.close();
  }
});

app.get('/preview/card', async function card(req, res) {
  const page = await (await browser()).newPage();
  try {
    await page.setContent('<html><body><h1>Preview unavailable</h1></body></html>');
    res.type('png').send(await page.screenshot());
  } finally {
    await page.close();
  }
});

module.exports = app;
