'use strict';

const serialize = require('serialize-javascript');
const express = require('express');
const { renderToString } = require('react-dom/server');
const React = require('react');
const App = require('../client/App');

const router = express.Router();
const UNSAFE_OPTS = { unsafe: true };

router.get('/profile/:id', async (req, res) => {
  const user = await req.services.users.byId(req.params.id);
  const html = renderToString(React.createElement(App, { user }));
  // expect: xss
  const state = serialize({ user, query: req.query }, { unsafe: true });
  res.render('app-shell', { html, state });
});

function inlineConfig(config) {
  // expect: xss
  return '<script>window.APP_CONFIG = ' + serialize(config, { space: 2, unsafe: true }) + ';</script>';
}

function routesScript(routes) {
  // expect: xss
  const body = serialize(routes, UNSAFE_OPTS);
  return `<script>window.ROUTES = ${body};</script>`;
}

function searchBootstrap(term, results) {
  // expect: xss
  return `<script>var SEARCH = ${serialize({ term, results }, { isJSON: true, unsafe: true })};</script>`;
}

// Safe look-alikes: the default (escaping) serialization, isJSON, and a worker message.
function safeState(state) {
  return `<script>window.__STATE__ = ${serialize(state)};</script>`;
}

function fastState(state) {
  return `<script>window.__DATA__ = ${serialize(state, { isJSON: true })};</script>`;
}

function toWorker(worker, job) {
  worker.postMessage(serialize(job, { ignoreFunction: true }));
}

module.exports = { router, inlineConfig, routesScript, searchBootstrap, safeState, fastState, toWorker };
