const CDP = require('chrome-remote-interface');
const fs = require('fs/promises');
const { URL } = require('url');

const CHROME_HOST = process.env.CHROME_HOST || 'localhost';
const CHROME_PORT = Number(process.env.CHROME_PORT || 9222);
const ALLOWED_ORIGINS = new Set(['https://www.example.com', 'https://docs.example.com']);

async function withTab(fn) {
  const client = await CDP({ host: CHROME_HOST, port: CHROME_PORT });
  try {
    const { Page, Network } = client;
    await Promise.all([Page.enable(), Network.enable()]);
    return await fn(client);
  } finally {
    await client.close();
  }
}

async function snapshot(job) {
  return withTab(async ({ Page }) => {
    // expect: ssrf
    await Page.navigate({ url: job.targetUrl });
    await Page.loadEventFired();
    const { data } = await Page.captureScreenshot({ format: 'png' });
    return Buffer.from(data, 'base64');
  });
}

async function snapshotAllowed(rawUrl) {
  const u = new URL(rawUrl);
  if (!ALLOWED_ORIGINS.has(u.origin)) throw new Error('origin not allowed');
  return withTab(async ({ Page }) => {
    await Page.navigate({ url: u.toString() });
    await Page.loadEventFired();
    return Page.captureScreenshot({ format: 'png' });
  });
}

async function warmup() {
  return withTab(({ Page }) => Page.navigate({ url: 'about:blank' }));
}

async function auditPage(req) {
  const target = 'http://' + req.body.host + '/';
  return withTab(async ({ Page, Runtime }) => {
    // expect: ssrf
    await Page.navigate({ url: target });
    await Page.loadEventFired();
    return Runtime.evaluate({ expression: 'document.title' });
  });
}

async function saveHar(opts, outFile) {
  return withTab(async ({ Page }) => {
    // expect: ssrf
    await Page.navigate({ url: opts.url, referrer: opts.referrer });
    await Page.loadEventFired();
    await fs.writeFile(outFile, JSON.stringify({ url: opts.url, at: Date.now() }));
  });
}

module.exports = { snapshot, snapshotAllowed, warmup, auditPage, saveHar };
