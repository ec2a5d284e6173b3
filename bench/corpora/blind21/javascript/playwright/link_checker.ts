// playwright (TypeScript): a link-preview worker that visits user-submitted URLs
import { chromium, Browser, Page } from 'playwright';
import { isIP } from 'node:net';
import { lookup } from 'node:dns/promises';

interface PreviewJob {
  url: string;
  script?: string;
  waitFor?: string;
}

let browser: Browser | undefined;

async function newPage(): Promise<Page> {
  browser ??= await chromium.launch();
  const context = await browser.newContext({ javaScriptEnabled: true, userAgent: 'LinkPreviewBot/1.0' });
  return context.newPage();
}

async function isPublicHost(hostname: string): Promise<boolean> {
  const addr = isIP(hostname) ? hostname : (await lookup(hostname)).address;
  return !/^(10\.|127\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.|0\.|::1|fc|fd)/.test(addr);
}

export async function preview(job: PreviewJob) {
  const page = await newPage();
  // expect: ssrf
  await page.goto(job.url, { timeout: 15000 });
  const title = await page.title();
  const description = await page.getAttribute('meta[name="description"]', 'content');
  if (job.script) {
    // expect: code-injection
    await page.evaluate(job.script);
  }
  await page.close();
  return { title, description };
}

export async function previewChecked(job: PreviewJob) {
  const url = new URL(job.url);
  if (!['http:', 'https:'].includes(url.protocol) || !(await isPublicHost(url.hostname))) {
    throw new Error('refusing to visit a private address');
  }
  const page = await newPage();
  await page.goto(url.toString(), { timeout: 15000 });
  const headings = await page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).map((h) => h.textContent), job.waitFor ?? 'h1');
  await page.close();
  return headings;
}

export async function count(job: PreviewJob) {
  const page = await newPage();
  await page.goto('https://status.example.com');
  const n = await page.locator(job.waitFor ?? 'li').count();
  // expect: code-injection
  const extra = await page.evaluate(`(() => { return ${job.script}; })()`);
  await page.close();
  return { n, extra };
}

export async function close() {
  await browser?.close();
}
