'use strict';

const fs = require('fs');
const path = require('path');
const serialize = require('serialize-javascript');
const express = require('express');
const { renderApp } = require('../web/renderApp');
const { loadStorefront } = require('../web/storefront');

const router = express.Router();

const routes = [
  { path: /^\/product\/(\d+)$/, page: 'product' },
  { path: /^\/search$/, page: 'search' },
];

function writeClientRoutes(outDir) {
  // build step: emits a JS module to disk, never served inside HTML
  const source = 'export default ' + serialize(routes, { unsafe: true }) + ';\n';
  fs.writeFileSync(path.join(outDir, 'routes.generated.js'), source);
}

function page(markup, stateScript, configScript) {
  return [
    '<!doctype html><html><head><meta charset="utf-8"></head><body>',
    '<div id="root">' + markup + '</div>',
    '<script>window.__CONFIG__ = ' + configScript + ';</script>',
    '<script>window.__STATE__ = ' + stateScript + ';</script>',
    '<script src="/static/client.js"></script>',
    '</body></html>',
  ].join('');
}

router.get('/store/:slug', async (req, res, next) => {
  try {
    const store = await loadStorefront(req.params.slug);
    const state = {
      store: { name: store.name, tagline: store.tagline },
      reviews: store.latestReviews,
      viewer: req.user ? { name: req.user.displayName } : null,
    };
    const markup = renderApp(state);
    const configScript = serialize({ currency: store.currency, locale: store.locale }, { isJSON: true });
    // shop names, taglines and review texts are all typed by other users
    // expect: xss
    const stateScript = serialize(state, { unsafe: true });
    res.send(page(markup, stateScript, configScript));
  } catch (err) {
    next(err);
  }
});

router.get('/embed/:slug.js', async (req, res, next) => {
  try {
    const store = await loadStorefront(req.params.slug);
    const data = serialize({ name: store.name, products: store.featured });
    res.type('application/javascript').send('window.__EMBED__ = ' + data + ';');
  } catch (err) {
    next(err);
  }
});

module.exports = { router, writeClientRoutes };
