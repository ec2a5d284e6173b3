'use strict';

const CDP = require('chrome-remote-interface');
const express = require('express');

const router = express.Router();

async function withTab(fn) {
  const client = await CDP({ port: Number(process.env.CHROME_PORT || 9222) });
  try {
    await client.Page.enable();
    await client.Runtime.enable();
    return await fn(client);
  } finally {
    await client.close();
  }
}

// Support tool: run an expression against a customer's page.
router.post('/probe/eval', async (req, res) => {
  const out = await withTab(async ({ Page, Runtime }) => {
    await Page.navigate({ url: 'https://app.example.com/' });
    await Page.loadEventFired();
    // expect: code-injection
    return Runtime.evaluate({ expression: req.body.expression, returnByValue: true });
  });
  res.json(out.result);
});

router.get('/probe/text', async (req, res) => {
  const selector = String(req.query.selector || 'body');
  const out = await withTab(async (client) => {
    await client.Page.navigate({ url: 'https://app.example.com/' });
    await client.Page.loadEventFired();
    // expect: code-injection
    return client.Runtime.evaluate({ expression: `document.querySelector('${selector}').innerText`, returnByValue: true });
  });
  res.json({ text: out.result.value });
});

router.get('/probe/safe-text', async (req, res) => {
  const selector = String(req.query.selector || 'body');
  const out = await withTab(({ Runtime }) =>
    Runtime.evaluate({
      expression: `document.querySelector(${JSON.stringify(selector)})?.innerText`,
      returnByValue: true,
    }));
  res.json({ text: out.result.value });
});

router.get('/probe/title', async (req, res) => {
  const out = await withTab(({ Runtime }) => Runtime.evaluate({ expression: 'document.title', returnByValue: true }));
  res.json({ title: out.result.value });
});

class GlobalsReader {
  constructor(runtime) {
    this.runtime = runtime;
  }

  read(globalPath) {
    // expect: code-injection
    return this.runtime.evaluate({ expression: 'window.' + globalPath, returnByValue: true, awaitPromise: true });
  }
}

module.exports = { router, GlobalsReader };
