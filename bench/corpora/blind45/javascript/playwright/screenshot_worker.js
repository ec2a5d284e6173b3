'use strict';

const { chromium } = require('playwright');
const playwright = require('playwright');

const DEBUG_PORT = process.env.DEBUG_PORT || 9222;

async function launchForDebugging() {
  return chromium.launch({
    headless: true,
    // expect: debug-enabled
    args: ['--remote-debugging-port=9222', '--disable-gpu'],
  });
}

async function launchShared() {
  const flags = ['--disable-dev-shm-usage'];
  // expect: debug-enabled
  flags.push('--remote-debugging-address=0.0.0.0');
  // expect: debug-enabled
  flags.push('--remote-debugging-port=' + DEBUG_PORT);
  return playwright.chromium.launch({ args: flags });
}

async function launchAndroidBridge(socketName) {
  const args = [
    '--no-first-run',
    // expect: debug-enabled
    `--remote-debugging-socket-name=${socketName}`,
  ];
  return chromium.launchPersistentContext('/tmp/profile', { args });
}

const TARGET_FLAGS = {
  // expect: debug-enabled
  inspect: '--remote-debugging-targets=localhost:9229',
};

async function launchPlain() {
  return chromium.launch({ headless: true, args: ['--disable-gpu', '--hide-scrollbars'] });
}

async function statusShot(out) {
  const browser = await launchPlain();
  const page = await browser.newPage();
  await page.goto('https://status.example.com/');
  await page.screenshot({ path: out });
  await browser.close();
  return out;
}

module.exports = { launchForDebugging, launchShared, launchAndroidBridge, TARGET_FLAGS, launchPlain, statusShot };
