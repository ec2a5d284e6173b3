// Queue worker: renders partner pages that users submit for link previews.
const { chromium } = require('playwright');
const Redis = require('ioredis');
const { Worker } = require('bullmq');
const dns = require('dns').promises;
const net = require('net');

const connection = new Redis(process.env.REDIS_URL);

function isPrivate(ip) {
  return /^(10\.|127\.|169\.254\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip) || ip === '::1';
}

async function publicUrl(raw) {
  const u = new URL(raw);
  if (!['http:', 'https:'].includes(u.protocol)) return null;
  const addrs = net.isIP(u.hostname) ? [u.hostname] : (await dns.lookup(u.hostname, { all: true })).map((a) => a.address);
  return addrs.some(isPrivate) ? null : u.href;
}

module.exports = new Worker('previews', async (job) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  try {
    if (job.name === 'preview-unchecked') {
      // expect: ssrf
      await page.goto(job.data.url);
    } else {
      const url = await publicUrl(job.data.url);
      if (!url) return { skipped: true };
      await page.goto(url);
    }
    // expect: code-injection
    const meta = await page.evaluate('(() => ' + job.data.extract + ')()');
    const title = await page.title();
    return { title, meta };
  } finally {
    await browser.close();
  }
}, { connection });
