// library: serialize-javascript (server-rendered state in a <script> tag)
const express = require('express');
const serialize = require('serialize-javascript');
const { renderToString } = require('react-dom/server');
const React = require('react');
const App = require('./App');

const app = express();

app.get('*', async (req, res) => {
  const state = await req.app.locals.loadState(req);
  const markup = renderToString(React.createElement(App, { state }));
  // expect: xss
  const stateJs = serialize(state, { unsafe: true });
  const configJs = serialize({ apiBase: process.env.API_BASE, build: process.env.BUILD_ID });
  res.send(`<!doctype html>
<div id="root">${markup}</div>
<script>window.__STATE__ = ${stateJs}; window.__CONFIG__ = ${configJs};</script>`);
});

function inlineUser(user) {
  return `<script>window.__USER__ = ${serialize(user, { isJSON: true })};</script>`;
}

function inlineSearch(query) {
  // expect: xss
  return `<script>window.__SEARCH__ = ${serialize({ q: query }, { unsafe: true, isJSON: true })};</script>`;
}

function inlineFlags(flags) {
  return `<script>window.__FLAGS__ = ${serialize(flags, { space: 0 })};</script>`;
}

module.exports = { app, inlineUser, inlineSearch, inlineFlags };
