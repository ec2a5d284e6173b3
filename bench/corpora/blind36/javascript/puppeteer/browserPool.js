'use strict';
const puppeteer = require('puppeteer');

const DEBUG_PORT = Number(process.env.CHROME_DEBUG_PORT || 9222);
// expect: exposed-debugger
const DEBUG_FLAG = '--remote-debugging-port=9229';
const BASE_ARGS = ['--disable-gpu', '--font-render-hinting=none'];

async function launchRenderer() {
  return puppeteer.launch({
    headless: 'new',
    // expect: exposed-debugger
    args: ['--remote-debugging-address=0.0.0.0', `--remote-debugging-port=${DEBUG_PORT}`],
  });
}

class BrowserPool {
  constructor(size) {
    this.size = size;
    this.browsers = [];
  }

  async fill() {
    for (let i = 0; i < this.size; i += 1) {
      this.browsers.push(await puppeteer.launch({ args: [...BASE_ARGS, DEBUG_FLAG] }));
    }
  }
}

function debugArgs(port) {
  return [
    // expect: exposed-debugger
    '--remote-debugging-port=' + port,
  ];
}

async function launchForDebug() {
  return puppeteer.launch({ args: debugArgs(9333) });
}

async function launchSafe() {
  return puppeteer.launch({ headless: 'new', pipe: true, args: BASE_ARGS });
}

function stripDebugging(args) {
  return args.filter((a) => !a.startsWith('--remote-debug'));
}

async function connectExisting(browserWSEndpoint) {
  return puppeteer.connect({ browserWSEndpoint });
}

module.exports = { launchRenderer, BrowserPool, launchForDebug, launchSafe, stripDebugging, connectExisting };
