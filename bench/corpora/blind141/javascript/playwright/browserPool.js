const { chromium } = require('playwright');

const DEBUG_PORT = process.env.PW_DEBUG_PORT || 9222;

async function launchWorker() {
  return chromium.launch({
    headless: true,
    // expect: debug-enabled
    args: ['--remote-debugging-address=0.0.0.0', `--remote-debugging-port=${DEBUG_PORT}`],
  });
}

async function launchInspector() {
  const browser = await chromium.launch({
    headless: false,
    // expect: debug-enabled
    args: ['--remote-debugging-port=9229', '--no-first-run'],
  });
  return browser;
}

function kioskArgs(display) {
  // expect: debug-enabled
  return ['--kiosk', `--display=${display}`, '--remote-debugging-port=0'];
}

async function launchPlain() {
  return chromium.launch({ headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

async function connectToGrid(endpoint) {
  return chromium.connect(endpoint, { timeout: 30000 });
}

async function launchWithTrace(context) {
  await context.tracing.start({ screenshots: true, snapshots: true });
  return context;
}

module.exports = { launchWorker, launchInspector, kioskArgs, launchPlain, connectToGrid, launchWithTrace };
