const { chromium } = require('playwright');

async function launchSharedBrowser() {
  return chromium.launch({
    headless: true,
    args: [
      // expect: debug-enabled
      '--remote-debugging-address=0.0.0.0',
      // expect: debug-enabled
      '--remote-debugging-port=9222',
      '--no-sandbox',
    ],
  });
}

async function launchWorker(port) {
  // expect: debug-enabled
  return chromium.launch({ args: [`--remote-debugging-port=${port}`, '--disable-dev-shm-usage'] });
}

async function launchCi() {
  return chromium.launch({ headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

async function attachLocal() {
  const browser = await chromium.connectOverCDP('http://127.0.0.1:9222');
  return browser.contexts()[0];
}

module.exports = { launchSharedBrowser, launchWorker, launchCi, attachLocal };
