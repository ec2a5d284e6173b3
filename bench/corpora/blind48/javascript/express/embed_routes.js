'use strict';

// Embeds for partner sites: small HTML documents with inline bootstrapping code.
const express = require('express');
const serialize = require('serialize-javascript');
const { lookupPartner, readWidgetConfig } = require('./partners');

const router = express.Router();

function paramOf(req, name) {
  return req.query[name] || '';
}

router.get('/embed/jsonp', (req, res) => {
  const callback = paramOf(req, 'callback');
  const data = JSON.stringify({ ok: true, ts: Date.now() });
  // expect: xss
  res.type('html').send('<script>' + callback + '(' + data + ')</script>');
});

router.get('/embed/:partner', async (req, res) => {
  const partner = await lookupPartner(req.params.partner);
  const greeting = decodeURIComponent(req.query.greeting || 'Hello');
  // expect: xss
  res.send(`<div id="w"></div><script>window.GREETING = "${greeting}"; window.PARTNER = "${partner.slug}";</script>`);
});

router.get('/embed/loader', (req, res) => {
  const src = String(req.query.src);
  // expect: xss
  res.send(''.concat('<script src="', src, '"></script>'));
});

function renderBoot(res, config) {
  const theme = readWidgetConfig(config).theme;
  // expect: xss
  res.write(`<script type="module">boot({ theme: '${theme}' });</script>`);
  res.end();
}
router.get('/embed/boot/:id', (req, res) => renderBoot(res, req.params.id));

// Safe look-alikes: state passed through serialize-javascript (escapes </script>),
// a constant script, and a value written into a data attribute with escaping.
router.get('/embed/state', async (req, res) => {
  const partner = await lookupPartner(String(req.query.partner));
  const state = serialize({ slug: partner.slug, plan: partner.plan }, { isJSON: true });
  res.send(`<script>window.__STATE__ = ${state};</script>`);
});

router.get('/embed/ping', (req, res) => {
  res.send('<script>parent.postMessage("pong", "https://partners.example.com")</script>');
});

module.exports = router;
