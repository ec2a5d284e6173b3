const { chromium } = require('playwright');
const os = require('os');

const DEBUG_PORT = process.env.CHROME_DEBUG_PORT || '9222';

async function launchShared() {
  // Workers attach to one long-lived browser over CDP.
  return chromium.launch({
    headless: true,
    args: [
      // expect: debug-enabled
      '--remote-debugging-address=0.0.0.0',
      // expect: debug-enabled
      `--remote-debugging-port=${DEBUG_PORT}`,
      '--disable-dev-shm-usage',
    ],
  });
}

async function launchPersistent(profileDir) {
  // expect: debug-enabled
  const flags = ['--remote-debugging-port=9333', '--no-first-run'];
  return chromium.launchPersistentContext(profileDir, { headless: false, args: flags });
}

function socketFlag(name) {
  // expect: debug-enabled
  return '--remote-debugging-socket-name=' + name;
}

async function launchForAndroidBridge() {
  return chromium.launch({ args: [socketFlag(`farm-${os.hostname()}`)] });
}

async function launchIsolated() {
  return chromium.launch({ headless: true, args: ['--disable-gpu', '--no-sandbox'] });
}

async function screenshot(browser, url, file) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(url, { waitUntil: 'load' });
  await page.screenshot({ path: file, fullPage: true });
  await page.close();
}

async function launchWithPipe() {
  return chromium.launch({ args: ['--remote-debugging-pipe'] });
}

module.exports = { launchShared, launchPersistent, launchForAndroidBridge, launchIsolated, launchWithPipe, screenshot };
