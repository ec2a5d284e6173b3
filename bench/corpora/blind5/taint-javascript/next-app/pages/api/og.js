import puppeteer from 'puppeteer';
import { chromium } from 'playwright';

const ALLOWED_ORIGINS = new Set(['https://www.example.com', 'https://blog.example.com']);

export default async function og(req, res) {
  const { url, selector } = req.query;
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    // expect: ssrf
    await page.goto(url, { waitUntil: 'networkidle2' });
    // expect: code-injection
    const text = await page.evaluate(`document.querySelector('${selector}')?.textContent`);
    const shot = await page.screenshot({ type: 'png' });
    res.setHeader('X-Title', encodeURIComponent(text || ''));
    res.setHeader('Content-Type', 'image/png');
    res.send(shot);
  } finally {
    await browser.close();
  }
}

export async function ogSafe(req, res) {
  const target = new URL(String(req.query.url));
  if (!ALLOWED_ORIGINS.has(target.origin)) {
    res.status(400).end();
    return;
  }
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto(target.href);
  const title = await page.evaluate((sel) => document.querySelector(sel)?.textContent, String(req.query.selector));
  await browser.close();
  res.json({ title });
}
