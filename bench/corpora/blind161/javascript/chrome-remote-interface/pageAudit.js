// Page audit worker: opens a customer's verified site in headless Chrome and
// runs the checks that the audit job lists.
const CDP = require('chrome-remote-interface');
const express = require('express');

const { verifiedSiteUrl } = require('./sites');

const router = express.Router();
const COUNT_IMAGES = 'document.images.length';

async function withPage(siteId, fn) {
  const url = await verifiedSiteUrl(siteId);
  const client = await CDP({ port: 9222 });
  const { Page, Runtime } = client;
  try {
    await Page.enable();
    await Page.navigate({ url });
    await Page.loadEventFired();
    return await fn(Runtime);
  } finally {
    await client.close();
  }
}

router.post('/audits/run', async (req, res) => {
  const { siteId, checks } = req.body;
  const results = await withPage(siteId, async (Runtime) => {
    const out = {};
    out.images = (await Runtime.evaluate({ expression: COUNT_IMAGES })).result.value;
    out.title = (await Runtime.evaluate({ expression: 'document.title' })).result.value;
    for (const check of checks) {
      // expect: ssrf
      out[check.name] = (await Runtime.evaluate({ expression: check.expression, returnByValue: true })).result.value;
    }
    return out;
  });
  res.json(results);
});

router.get('/audits/selector', async (req, res) => {
  const selector = req.query.selector;
  const value = await withPage(req.query.siteId, async (Runtime) => {
    // expect: ssrf
    const r = await Runtime.evaluate({ expression: 'document.querySelectorAll("' + selector + '").length' });
    return r.result.value;
  });
  res.json({ selector, count: value });
});

router.post('/audits/script', async (req, res) => {
  const value = await withPage(req.body.siteId, async (Runtime) => {
    // expect: ssrf
    const r = await Runtime.evaluate({ expression: `(function(){ ${req.body.snippet} })()`, awaitPromise: true });
    return r.result.value;
  });
  res.json({ value });
});

router.get('/audits/lang', async (req, res) => {
  const lang = await withPage(req.query.siteId, async (Runtime) => {
    const r = await Runtime.evaluate({ expression: 'document.documentElement.lang || ""' });
    return r.result.value;
  });
  res.json({ lang });
});

module.exports = router;
