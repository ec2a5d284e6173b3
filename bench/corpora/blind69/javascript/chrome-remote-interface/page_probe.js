'use strict';

const CDP = require('chrome-remote-interface');
const express = require('express');

var READY_CHECK = 'document.readyState';
const PREVIEW_BASE = 'http://localhost:4000/preview/';

async function withPage(url, fn) {
  const client = await CDP({ port: Number(process.env.CHROME_PORT) || 9222 });
  const { Page, Runtime } = client;
  try {
    await Page.enable();
    await Page.navigate({ url });
    await Page.loadEventFired();
    return await fn(Runtime, client);
  } finally {
    await client.close();
  }
}

async function runScript(url, script) {
  return withPage(url, async (Runtime) => {
    // expect: code-injection
    const { result } = await Runtime.evaluate({ expression: script, awaitPromise: true });
    return result.value;
  });
}

async function countMatches(url, selector) {
  return withPage(url, async (Runtime) => {
    const res = await Runtime.evaluate({
      // expect: code-injection
      expression: `document.querySelectorAll('${selector}').length`,
      returnByValue: true,
    });
    return res.result.value;
  });
}

async function textOf(url, selector) {
  return withPage(url, async (Runtime) => {
    // Safe: the selector is embedded as a JSON string literal.
    const expr = `(document.querySelector(${JSON.stringify(selector)}) || {}).textContent`;
    const { result } = await Runtime.evaluate({ expression: expr, returnByValue: true });
    return result.value;
  });
}

async function isReady(url) {
  return withPage(url, async (Runtime) => {
    // Safe: a constant expression.
    const { result } = await Runtime.evaluate({ expression: READY_CHECK });
    const title = await Runtime.evaluate({ expression: 'document.title', returnByValue: true });
    return result.value === 'complete' && title.result.value;
  });
}

const app = express();
app.use(express.json());

app.post('/probe', async (req, res) => {
  const out = await withPage(PREVIEW_BASE + encodeURIComponent(req.body.page), async (Runtime) => {
    const check = 'Boolean(' + req.body.condition + ')';
    // expect: code-injection
    return Runtime.evaluate({ expression: check, returnByValue: true });
  });
  res.json(out.result);
});

app.get('/probe/var', async (req, res) => {
  const value = await withPage(PREVIEW_BASE + encodeURIComponent(req.query.page), async (_Runtime, client) => {
    // expect: code-injection
    const r = await client.Runtime.evaluate({ expression: 'window.' + req.query.name, returnByValue: true });
    return r.result.value;
  });
  res.json({ value });
});

module.exports = { runScript, countMatches, textOf, isReady, app };
