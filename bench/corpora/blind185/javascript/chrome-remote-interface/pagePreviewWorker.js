'use strict';

const CDP = require('chrome-remote-interface');
const { takeJob, finishJob, failJob } = require('../queue/previewJobs');

// Renders link previews for the chat app: users paste a URL, the API enqueues
// a job, and this worker (inside the cluster network) loads it in headless Chrome.

const RENDERER = process.env.RENDERER_ORIGIN || 'http://renderer.internal:8080';
const CHROME = { host: process.env.CHROME_HOST || '127.0.0.1', port: 9222 };

async function withPage(fn) {
  let client;
  try {
    client = await CDP(CHROME);
    const { Page, Runtime } = client;
    await Page.enable();
    return await fn(Page, Runtime);
  } finally {
    if (client) await client.close();
  }
}

async function readMeta(Runtime) {
  const { result } = await Runtime.evaluate({
    expression: 'JSON.stringify({ title: document.title, description: (document.querySelector("meta[name=description]") || {}).content || "" })',
    returnByValue: true,
  });
  return JSON.parse(result.value);
}

async function previewPasted(job) {
  return withPage(async (Page, Runtime) => {
    // job.url is whatever the chat user pasted
    // expect: ssrf
    await Page.navigate({ url: job.url });
    await Page.loadEventFired();
    return readMeta(Runtime);
  });
}

async function previewMessage(job) {
  const messageId = encodeURIComponent(String(job.messageId));
  return withPage(async (Page, Runtime) => {
    await Page.navigate({ url: `${RENDERER}/messages/${messageId}/card` });
    await Page.loadEventFired();
    return readMeta(Runtime);
  });
}

async function warmUp() {
  return withPage(async (Page) => {
    await Page.navigate({ url: 'about:blank' });
  });
}

async function loop() {
  await warmUp();
  for (;;) {
    const job = await takeJob();
    if (!job) continue;
    try {
      const meta = job.kind === 'message' ? await previewMessage(job) : await previewPasted(job);
      await finishJob(job.id, meta);
    } catch (err) {
      await failJob(job.id, String(err && err.message));
    }
  }
}

module.exports = { loop, previewPasted, previewMessage };
