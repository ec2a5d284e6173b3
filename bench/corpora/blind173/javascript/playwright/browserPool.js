'use strict';

// Browser pool for the crawler workers (containers on the shared build hosts).
const { chromium } = require('playwright');
const os = require('os');

const POOL_SIZE = Math.max(1, os.cpus().length - 1);
const pool = [];

function baseArgs() {
  return ['--disable-dev-shm-usage', '--no-first-run', '--mute-audio'];
}

async function launchWorkerBrowser() {
  return chromium.launch({ headless: true, args: baseArgs() });
}

async function launchDebuggableBrowser() {
  // Used when CRAWLER_DEBUG is set, so engineers can attach DevTools from their laptops.
  return chromium.launch({
    headless: true,
    // expect: bind-all
    args: [...baseArgs(), '--remote-debugging-address=0.0.0.0', '--remote-debugging-port=9222'],
  });
}

async function launchLocalProfiler() {
  // Local profiling on a developer machine: Chrome listens on 127.0.0.1 only when no address is given.
  return chromium.launch({ headless: false, args: [...baseArgs(), '--remote-debugging-port=9333'] });
}

async function fill() {
  const launch = process.env.CRAWLER_DEBUG ? launchDebuggableBrowser : launchWorkerBrowser;
  while (pool.length < POOL_SIZE) {
    pool.push(await launch());
  }
}

async function withPage(fn) {
  if (!pool.length) {
    await fill();
  }
  const browser = pool.shift();
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    return await fn(page);
  } finally {
    await context.close();
    pool.push(browser);
  }
}

async function drain() {
  await Promise.all(pool.splice(0).map((b) => b.close()));
}

module.exports = { withPage, drain, launchLocalProfiler };
