// library: playwright (init scripts and evaluate built from input)
import { chromium, type Page } from 'playwright';

export async function preparePage(targetUrl: string, featureFlags: string, userScript: string) {
  const browser = await chromium.launch();
  const context = await browser.newContext();

  // expect: code-injection
  await context.addInitScript(`window.__FLAGS__ = ${featureFlags};`);

  await context.addInitScript((flags) => { (window as any).__SAFE_FLAGS__ = flags; }, featureFlags);

  await context.addInitScript({ path: 'scripts/polyfills.js' });

  const page = await context.newPage();
  // expect: code-injection
  await page.addInitScript({ content: userScript });

  await page.goto(targetUrl);
  return { browser, page };
}

export async function readField(page: Page, field: string) {
  // expect: code-injection
  const v = await page.evaluate(`window.appState.${field}`);
  const w = await page.evaluate((f) => (window as any).appState?.[f], field);
  return { v, w };
}
