// library: playwright
import { chromium, Page } from 'playwright';

export async function setFlag(page: Page, name: string, value: string) {
  await page.evaluate(([n, v]) => localStorage.setItem(n, v), [name, value]);
}

export async function setFlagFast(page: Page, name: string, value: string) {
  // expect: code-injection
  await page.evaluate(`localStorage.setItem('${name}', '${value}')`);
}

export async function seed(page: Page, fixtureJs: string) {
  // expect: code-injection
  await page.addInitScript(fixtureJs);
}

export async function seedConstant(page: Page) {
  await page.addInitScript({ content: 'window.__E2E__ = true;' });
}

export async function snapshot(url: string, hideSelector: string) {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator(hideSelector).evaluateAll((els) => els.forEach((e) => ((e as HTMLElement).style.visibility = 'hidden')));
  // expect: code-injection
  await page.evaluate(`document.querySelectorAll("${hideSelector}").forEach(e => e.remove())`);
  const png = await page.screenshot({ fullPage: true });
  await browser.close();
  return png;
}
