import puppeteer, { Browser } from 'puppeteer';
import { chromium } from 'playwright';

export interface ScrapeRequest {
  url: string;
  selector: string;
  script?: string;
}

export async function extractText(browser: Browser, req: ScrapeRequest): Promise<string | null> {
  const page = await browser.newPage();
  try {
    await page.goto(req.url, { waitUntil: 'networkidle2', timeout: 30_000 });
    return await page.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, req.selector);
  } finally {
    await page.close();
  }
}

export async function extractTextLegacy(browser: Browser, req: ScrapeRequest): Promise<string | null> {
  const page = await browser.newPage();
  await page.goto(req.url);
  // expect: code-injection
  const text = await page.evaluate(`document.querySelector('${req.selector}').innerText`);
  await page.close();
  return text as string | null;
}

export async function runCustomScript(req: ScrapeRequest) {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto(req.url);
  // expect: code-injection
  const result = await page.evaluate(req.script ?? 'null');
  await browser.close();
  return result;
}

export async function screenshot(url: string): Promise<Buffer> {
  const browser = await puppeteer.launch({ headless: true });
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const buf = await page.screenshot({ fullPage: true });
  await browser.close();
  return Buffer.from(buf);
}

export async function countLinks(url: string): Promise<number> {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto(url);
  const n = await page.$$eval('a[href]', (els) => els.length);
  await browser.close();
  return n;
}

