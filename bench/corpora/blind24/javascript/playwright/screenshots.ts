import { chromium, Page } from 'playwright';

export async function screenshot(url: string, script: string): Promise<Buffer> {
  const browser = await chromium.launch();
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  await page.goto(url);
  // expect: code-injection
  await page.evaluate(script);
  const shot = await page.screenshot({ fullPage: true });
  await browser.close();
  return shot;
}

export async function fillTitle(page: Page, title: string) {
  await page.evaluate((t) => { document.title = t; }, title);
  // expect: code-injection
  await page.addInitScript(`window.__TITLE__ = "${title}"`);
  await page.addInitScript((t) => { (window as any).__SAFE_TITLE__ = t; }, title);
}

export async function insecureContext() {
  const browser = await chromium.launch();
  // expect: tls-verify-off
  return browser.newContext({ ignoreHTTPSErrors: true });
}
