// serialize-javascript: server-side rendering of the store front
const serialize = require('serialize-javascript');
const express = require('express');
const { renderToString } = require('react-dom/server');
const React = require('react');
const App = require('./App');

const app = express();

function page(html, state) {
  return `<!doctype html><html><body><div id="root">${html}</div>
<script>window.__INITIAL_STATE__ = ${serialize(state)}</script></body></html>`;
}

function pageUnsafe(html, state) {
  // expect: xss
  return `<!doctype html><html><body><div id="root">${html}</div><script>window.__INITIAL_STATE__ = ${serialize(state, { unsafe: true })}</script></body></html>`;
}

app.get('/product/:id', async (req, res) => {
  const product = await loadProduct(req.params.id);
  const state = { product, query: req.query };
  const html = renderToString(React.createElement(App, state));
  res.send(page(html, state));
});

app.get('/legacy/product/:id', async (req, res) => {
  const product = await loadProduct(req.params.id);
  const state = { product, query: req.query };
  const html = renderToString(React.createElement(App, state));
  res.send(pageUnsafe(html, state));
});

app.get('/config.js', (req, res) => {
  res.type('application/javascript');
  res.send(`window.CONFIG = ${serialize({ api: process.env.PUBLIC_API, build: process.env.BUILD_ID }, { isJSON: true })};`);
});

async function loadProduct(id) {
  return { id, name: 'Sample', price: 10 };
}

module.exports = app;
