// library: puppeteer launch flags (remote debugging port)
const puppeteer = require('puppeteer');

async function launchRenderer() {
  return puppeteer.launch({
    headless: 'new',
    args: [
      '--no-first-run',
      // expect: exposed-devtools
      '--remote-debugging-address=0.0.0.0',
      '--remote-debugging-port=9222',
    ],
  });
}

async function launchLocalDebug() {
  return puppeteer.launch({
    headless: false,
    args: ['--remote-debugging-port=9223', '--remote-debugging-address=127.0.0.1'],
  });
}

async function launchDefault() {
  return puppeteer.launch({ headless: 'new', args: ['--disable-dev-shm-usage'] });
}

async function launchPipe() {
  return puppeteer.launch({ pipe: true, args: ['--disable-gpu'] });
}

function flagsFor(env) {
  const flags = ['--disable-dev-shm-usage'];
  if (env === 'ci') {
    // expect: exposed-devtools
    flags.push('--remote-debugging-address=0.0.0.0', '--remote-debugging-port=9229');
  }
  return flags;
}

module.exports = { launchRenderer, launchLocalDebug, launchDefault, launchPipe, flagsFor };
