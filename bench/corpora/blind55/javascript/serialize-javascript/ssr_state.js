// Server-side rendering: hands the store's state to the browser bundle.
const express = require('express');
const serialize = require('serialize-javascript');
const toSource = require('serialize-javascript');
const fs = require('fs');
const { renderApp, createStore } = require('./app');

const router = express.Router();
const STATE_OPTS = {
  space: 0,
  // expect: xss
  unsafe: true,
};

function page(html, state) {
  return `<!doctype html>
<div id="root">${html}</div>
<script>window.__INITIAL_STATE__ = ${serialize(state, { isJSON: true })}</script>
<script src="/static/bundle.js"></script>`;
}

router.get('/products/:id', async (req, res) => {
  const store = await createStore({ productId: req.params.id, q: req.query.q });
  const state = store.getState();
  // expect: xss
  res.send(`<script>window.__STATE__ = ${serialize(state, { unsafe: true })}</script>${renderApp(store)}`);
});

router.get('/search', async (req, res) => {
  const store = await createStore({ q: req.query.q });
  const inline = serialize(store.getState(), STATE_OPTS);
  res.send(`<script>window.__STATE__ = ${inline}</script>${renderApp(store)}`);
});

router.get('/profile', async (req, res) => {
  const store = await createStore({ user: req.user });
  const script = '<script>window.__USER__ = ' + serialize(
    store.getState().user,
    // expect: xss
    { space: 2, unsafe: true },
  ) + '</script>';
  res.send(script + renderApp(store));
});

router.get('/embed.js', async (req, res) => {
  const store = await createStore({ widget: req.query.widget });
  res.type('application/javascript');
  // expect: xss
  res.send('window.__WIDGET__ = ' + toSource(store.getState(), { unsafe: true }) + ';');
});

// Safe: the default (escaped) output inside the page.
router.get('/', async (req, res) => {
  const store = await createStore({});
  res.send(page(renderApp(store), store.getState()));
});

// Safe: a build step writing our own config (functions included) to a module file; no HTML and no user data.
function writeRuntimeConfig(config) {
  fs.writeFileSync('dist/runtime-config.js', 'module.exports = ' + serialize(config, { unsafe: true }) + ';\n');
}

module.exports = { router, writeRuntimeConfig };
