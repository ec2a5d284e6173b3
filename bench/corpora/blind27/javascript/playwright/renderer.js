const { chromium } = require('playwright');

async function startRenderer() {
  const browser = await chromium.launch({
    // expect: exposed-devtools
    args: ['--remote-debugging-address=0.0.0.0', '--remote-debugging-port=9222', '--no-sandbox'],
  });
  return browser;
}

async function startDebug() {
  // expect: exposed-devtools
  return chromium.launch({ headless: false, args: ['--remote-debugging-port=9223'] });
}

async function startPlain() {
  return chromium.launch({ args: ['--disable-gpu'] });
}

module.exports = { startRenderer, startDebug, startPlain };
