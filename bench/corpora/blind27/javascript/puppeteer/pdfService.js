const puppeteer = require('puppeteer');

async function launchForDebugging() {
  return puppeteer.launch({
    headless: 'new',
    // expect: exposed-devtools
    args: ['--remote-debugging-port=9222', '--remote-debugging-address=0.0.0.0'],
  });
}

async function launchPipe() {
  // expect: exposed-devtools
  return puppeteer.launch({ args: ['--no-sandbox', '--remote-debugging-socket-name=pdf'] });
}

async function launch() {
  return puppeteer.launch({ headless: 'new', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

module.exports = { launchForDebugging, launchPipe, launch };
