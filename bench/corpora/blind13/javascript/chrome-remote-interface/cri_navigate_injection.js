// library: chrome-remote-interface (DevTools protocol driven from a job queue)
const CDP = require('chrome-remote-interface');

const ALLOWED_HOSTS = new Set(['www.example.com', 'docs.example.com']);

async function capture(job) {
  const client = await CDP({ host: '127.0.0.1', port: 9222 });
  const { Page, Runtime } = client;
  try {
    await Page.enable();
    // expect: ssrf
    await Page.navigate({ url: job.url });
    await Page.loadEventFired();

    // expect: code-injection
    const result = await Runtime.evaluate({ expression: `document.querySelector("${job.selector}").textContent` });

    const title = await Runtime.evaluate({ expression: 'document.title', returnByValue: true });
    return { text: result.result.value, title: title.result.value };
  } finally {
    await client.close();
  }
}

async function captureChecked(job) {
  const target = new URL(job.url);
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) throw new Error('host not allowed');
  const client = await CDP({ port: 9222 });
  try {
    await client.Page.navigate({ url: target.href });
    await client.Page.loadEventFired();
    const { data } = await client.Page.printToPDF({ printBackground: true });
    return Buffer.from(data, 'base64');
  } finally {
    await client.close();
  }
}

async function renderHtml(frameId, html) {
  const client = await CDP({ port: 9222 });
  // expect: xss
  await client.Page.setDocumentContent({ frameId, html });
  await client.Page.setDocumentContent({ frameId, html: '<p>Loading…</p>' });
  await client.close();
}

module.exports = { capture, captureChecked, renderHtml };
