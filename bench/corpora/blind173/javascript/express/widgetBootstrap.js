'use strict';

// Serves the HTML shell for the reviews widget; merchants configure titles and colours in their dashboard.
const express = require('express');
const serialize = require('serialize-javascript');
const { loadMerchantConfig, loadBuildManifest } = require('./widgetConfig');

const app = express();

function escapeForScript(json) {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

app.get('/widget/:merchantId', async function (req, res) {
  const config = await loadMerchantConfig(req.params.merchantId);
  const manifest = loadBuildManifest();
  res.type('html');
  // The merchant's title can contain "</script><script>...": it is inserted raw.
  // expect: xss
  res.send('<!doctype html><html><head><script>window.WIDGET_CONFIG = ' + JSON.stringify(config) + ';</script>' +
    '<script src="/static/' + manifest.bundle + '"></script></head><body><div id="root"></div></body></html>');
});

app.get('/widget/:merchantId/v2', async function (req, res) {
  const config = await loadMerchantConfig(req.params.merchantId);
  const manifest = loadBuildManifest();
  res.type('html');
  res.send('<!doctype html><html><head><script>window.WIDGET_CONFIG = ' + escapeForScript(JSON.stringify(config)) + ';</script>' +
    '<script src="/static/' + manifest.bundle + '"></script></head><body><div id="root"></div></body></html>');
});

app.get('/widget/:merchantId/v3', async function (req, res) {
  const config = await loadMerchantConfig(req.params.merchantId);
  res.type('html');
  res.send('<!doctype html><html><head><script>window.WIDGET_CONFIG = ' + serialize(config, { isJSON: true }) + ';</script>' +
    '</head><body><div id="root"></div></body></html>');
});

app.get('/widget/:merchantId/config.json', async function (req, res) {
  res.json(await loadMerchantConfig(req.params.merchantId));
});

module.exports = app;
