'use strict';

const serialize = require('serialize-javascript');
const { renderToString } = require('react-dom/server');
const React = require('react');
const App = require('../client/App');
const log = require('../lib/log');

function page({ html, stateScript, title }) {
  return `<!doctype html>
<html>
  <head><title>${title}</title></head>
  <body>
    <div id="root">${html}</div>
    <script>${stateScript}</script>
    <script src="/static/bundle.js"></script>
  </body>
</html>`;
}

function renderProduct(req, res, product, reviews) {
  const html = renderToString(React.createElement(App, { product, reviews }));
  // reviews hold customer-written text
  // expect: xss
  const stateScript = `window.__STATE__ = ${serialize({ product, reviews }, { unsafe: true })}`;
  res.send(page({ html, stateScript, title: 'Product' }));
}

function renderProfile(req, res, profile) {
  const html = renderToString(React.createElement(App, { profile }));
  // expect: xss
  const data = serialize(profile, { unsafe: true, space: 0 });
  res.send(page({ html, stateScript: `window.__PROFILE__ = ${data}`, title: profile.displayName }));
}

function renderSearch(req, res, results) {
  const state = { query: req.query.q, results };
  // expect: xss
  res.send(page({ html: '', stateScript: 'window.__SEARCH__ = ' + serialize(state, { unsafe: true }), title: 'Search' }));
}

function renderHome(req, res, featured) {
  const html = renderToString(React.createElement(App, { featured }));
  const stateScript = `window.__STATE__ = ${serialize({ featured })}`;
  res.send(page({ html, stateScript, title: 'Home' }));
}

function renderConfig(req, res) {
  const flags = { checkout: true, beta: false, build: process.env.BUILD_ID };
  const stateScript = `window.__FLAGS__ = ${serialize(flags, { isJSON: true })}`;
  log.debug('config page');
  res.send(page({ html: '', stateScript, title: 'Config' }));
}

module.exports = { renderProduct, renderProfile, renderSearch, renderHome, renderConfig };
