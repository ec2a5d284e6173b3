'use strict';

const serialize = require('serialize-javascript');
const { renderToString } = require('react-dom/server');
const React = require('react');
const App = require('../client/App');

function page({ html, state, config, user }) {
  return `<!doctype html>
<html>
  <head><title>Dashboard</title></head>
  <body>
    <div id="root">${html}</div>
    <script>window.__STATE__ = ${serialize(state, { isJSON: true })};</script>
    <script>window.__CONFIG__ = ${serialize(config)};</script>
    <script>window.__USER__ = ${serialize(user, { space: 0 })};</script>
  </body>
</html>`;
}

function renderDashboard(req, res) {
  const state = { projects: req.user.projects, filters: req.query };
  const html = renderToString(React.createElement(App, { state }));
  res.send(page({ html, state, config: { apiBase: '/api' }, user: { id: req.user.id, name: req.user.name } }));
}

// The widget state carries formatter functions and RegExps, hence unsafe mode.
function widgetBootstrap(widget) {
  // expect: xss
  const payload = serialize({ title: widget.title, format: widget.formatFn }, { unsafe: true });
  return `<script>window.__WIDGET__ = ${payload};</script>`;
}

function commentsScript(comments) {
  // expect: xss
  return '<script>window.__COMMENTS__ = ' + serialize(comments, { unsafe: true }) + ';</script>';
}

function searchState(req) {
  const state = { q: req.query.q, page: Number(req.query.page) || 1 };
  // expect: xss
  const inline = serialize(state, { unsafe: true });
  return inline;
}

function cacheKey(obj) {
  return serialize(obj, { isJSON: true });
}

module.exports = { page, renderDashboard, widgetBootstrap, commentsScript, searchState, cacheKey };
