'use strict';

const express = require('express');
const serialize = require('serialize-javascript');
const { renderApp } = require('./render');

const app = express();

const SERIALIZE_OPTS = { isJSON: false, unsafe: true };

function page(html, stateScript) {
  return `<!doctype html><html><body><div id="root">${html}</div><script>${stateScript}</script>` +
    '<script src="/static/bundle.js"></script></body></html>';
}

app.get('/products/:id', async (req, res) => {
  const product = await req.app.locals.db.products.findById(req.params.id);
  const state = { product, query: req.query };
  // expect: xss
  const script = 'window.__INITIAL_STATE__ = ' + serialize(state, { unsafe: true });
  res.send(page(renderApp(state), script));
});

app.get('/search', async (req, res) => {
  const results = await req.app.locals.search(req.query.q);
  const state = { q: req.query.q, results };
  res.send(
    page(
      renderApp(state),
      // expect: xss
      `window.__STATE__ = ${serialize(state, { space: 0, unsafe: true })};`,
    ),
  );
});

function embedUserPrefs(prefs) {
  // expect: xss
  return `window.__PREFS__ = ${serialize(prefs, { isJSON: true, unsafe: true })}`;
}

app.get('/settings', (req, res) => {
  res.send(page('', embedUserPrefs(req.session.prefs || {})));
});

app.get('/cart', (req, res) => {
  const cart = req.session.cart || { items: [] };
  // expect: xss
  const data = serialize(cart, SERIALIZE_OPTS);
  res.send(page(renderApp({ cart }), `window.__CART__ = ${data};`));
});

// Safe: the default escaping of `<`, `>` and `/`, and JSON with isJSON only.
app.get('/about', (req, res) => {
  const state = { user: req.user && { name: req.user.name } };
  res.send(page(renderApp(state), 'window.__STATE__ = ' + serialize(state)));
});

app.get('/config.js', (req, res) => {
  res.type('application/javascript').send('window.CONFIG = ' + serialize({ apiBase: '/api', locale: req.query.lang }, { isJSON: true }));
});

module.exports = { app, SERIALIZE_OPTS };
