'use strict';

const { chromium } = require('playwright');
const path = require('path');
const os = require('os');

// Shared browser pool for the screenshot service; other workers attach over CDP.
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  // expect: debug-enabled
  '--remote-debugging-port=9222',
];

const POOL_SIZE = Number(process.env.POOL_SIZE || 2);

async function launchShared() {
  return chromium.launch({
    headless: true,
    args: [
      ...BASE_ARGS,
      // expect: debug-enabled
      '--remote-debugging-address=0.0.0.0',
    ],
  });
}

async function launchWorker(index) {
  const port = 9300 + index;
  const userDataDir = path.join(os.tmpdir(), `pw-profile-${index}`);
  return chromium.launchPersistentContext(userDataDir, {
    headless: true,
    // expect: debug-enabled
    args: ['--disable-gpu', `--remote-debugging-port=${port}`],
  });
}

async function launchPipeBrowser() {
  const flags = ['--headless=new'];
  // expect: debug-enabled
  flags.push('--remote-debugging-targets=' + process.env.DEBUG_TARGETS);
  return chromium.launch({ args: flags });
}

async function launchIsolated() {
  return chromium.launch({
    headless: true,
    args: ['--no-sandbox', '--disable-extensions', '--mute-audio'],
  });
}

async function screenshot(browser, url, out) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out, fullPage: true });
  await context.close();
}

async function main() {
  const browser = await launchIsolated();
  const jobs = [];
  for (let i = 0; i < POOL_SIZE; i += 1) {
    jobs.push(screenshot(browser, 'https://status.example.com', path.join(os.tmpdir(), `status-${i}.png`)));
  }
  await Promise.all(jobs);
  await browser.close();
}

module.exports = { launchShared, launchWorker, launchPipeBrowser, launchIsolated, main };
