const { chromium } = require('playwright');
const path = require('path');

const SCRIPTS_DIR = path.join(__dirname, 'scripts');

async function openContext(browser, job) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // expect: code-injection
  await context.addInitScript(job.setupScript);
  return context;
}

async function capture(job) {
  const browser = await chromium.launch();
  const context = await openContext(browser, job);
  const page = await context.newPage();

  // expect: code-injection
  await page.addInitScript({ content: `window.__LOCALE__ = "${job.locale}";` });

  const scriptPath = path.join(SCRIPTS_DIR, job.plugin);
  // expect: code-injection
  await page.addInitScript({ path: scriptPath });

  await page.goto(job.url, { waitUntil: 'networkidle' });
  const shot = await page.screenshot({ fullPage: true });
  await browser.close();
  return shot;
}

class Recorder {
  constructor(context) {
    this.context = context;
  }

  async inject(snippet) {
    const wrapped = '(() => {' + snippet + '})();';
    // expect: code-injection
    return this.context.addInitScript(wrapped);
  }
}

// Safe: a function and a constant string; the job's seed is only an argument.
async function deterministicPage(context, seed) {
  await context.addInitScript((value) => {
    Math.random = () => value;
  }, Number(seed) || 0);
  await context.addInitScript('Object.defineProperty(navigator, "webdriver", { get: () => false });');
}

module.exports = { capture, Recorder, deterministicPage };
