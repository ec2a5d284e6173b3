// library: playwright
import { chromium, Page } from 'playwright';

export async function textOf(url: string, selector: string): Promise<string[]> {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto(url);
  const texts = await page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));
  await browser.close();
  return texts;
}

export async function countMatches(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
}

export async function countMatchesLegacy(page: Page, selector: string): Promise<number> {
  // expect: code-injection
  return page.evaluate(`document.querySelectorAll("${selector}").length`);
}

export async function runProbe(page: Page, probe: string): Promise<unknown> {
  // expect: code-injection
  return page.evaluate(probe);
}

export async function title(page: Page): Promise<string> {
  return page.evaluate(() => document.title);
}

export async function setField(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).fill(value);
}
