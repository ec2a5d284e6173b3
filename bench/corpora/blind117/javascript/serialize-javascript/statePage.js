'use strict';

const serialize = require('serialize-javascript');

function renderPage(res, state) {
  // expect: xss
  const payload = serialize(state, {unsafe: true});
  res.send(`<script>window.__STATE__ = ${payload}</script>`);
}

function renderConfig(res, config) {
  // expect: xss
  res.send('<script>window.__CONFIG__ = ' + serialize(config, {unsafe: true}) + '</script>');
}

function renderHandlers(handlers) {
  // expect: xss
  return '<script>var handlers = ' + serialize(handlers, { space: 0, unsafe: true }) + ';</script>';
}

function renderSafe(res, state) {
  const payload = serialize(state, { isJSON: true });
  res.send(`<script>window.__STATE__ = ${payload}</script>`);
}

function renderDefault(res, state) {
  res.send(`<script>window.__STATE__ = ${serialize(state)}</script>`);
}

function cacheKey(state) {
  return encodeURI(serialize(state, {unsafe: true}));
}

module.exports = { renderPage, renderConfig, renderHandlers, renderSafe, renderDefault, cacheKey };
