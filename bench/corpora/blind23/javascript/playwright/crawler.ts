// playwright: link-preview crawler behind the chat service
import { chromium, Browser, Page } from 'playwright';

let browser: Browser | undefined;

async function getBrowser(): Promise<Browser> {
  if (!browser) {
    browser = await chromium.launch({ headless: true });
  }
  return browser;
}

export async function devBrowser(): Promise<Browser> {
  // expect: insecure-browser
  return chromium.launch({ args: ['--remote-debugging-port=9222', '--remote-debugging-address=0.0.0.0'] });
}

export async function preview(url: string): Promise<{ title: string }> {
  const b = await getBrowser();
  const page: Page = await b.newPage();
  // expect: ssrf
  await page.goto(url, { timeout: 10000 });
  const title = await page.title();
  await page.close();
  return { title };
}

export async function previewKnown(slug: string): Promise<string> {
  const b = await getBrowser();
  const page = await b.newPage();
  await page.goto(`https://news.example.com/a/${encodeURIComponent(slug)}`);
  return page.title();
}

export async function extract(url: string, fieldExpr: string): Promise<unknown> {
  const page = await (await getBrowser()).newPage();
  await page.goto('https://news.example.com/');
  // expect: code-injection
  const value = await page.evaluate(`(() => ${fieldExpr})()`);
  const safe = await page.evaluate((u) => document.querySelector(`a[href="${CSS.escape(u)}"]`) !== null, url);
  return { value, safe };
}

export async function inject(page: Page, userScript: string): Promise<void> {
  // expect: code-injection
  await page.addInitScript(userScript);
  await page.addInitScript({ path: require.resolve('./shims/polyfill.js') });
}

export async function render(html: string): Promise<Buffer> {
  const page = await (await getBrowser()).newPage();
  // expect: xss
  await page.setContent(html);
  return page.pdf();
}
