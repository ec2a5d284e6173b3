'use strict';

const express = require('express');
const path = require('path');

const PLUGIN_DIR = path.join(__dirname, 'plugins');
const handlers = {
  csv: require('./handlers/csv'),
  xlsx: require('./handlers/xlsx'),
  pdf: require('./handlers/pdf'),
};

const app = express.Router();
app.use(express.json());

app.get('/convert/:type', function (req, res) {
  // expect: code-injection
  const handler = require('./handlers/' + req.params.type);
  handler.convert(req, res);
});

app.post('/plugins/activate', function (req, res) {
  // expect: code-injection
  const plugin = require(path.join(PLUGIN_DIR, req.body.plugin));
  plugin.activate(req.app);
  res.json({ active: req.body.plugin });
});

app.get('/i18n', function (req, res) {
  // expect: code-injection
  const messages = require(`./locales/${req.query.lang}.json`);
  res.json(messages);
});

app.get('/export/:type', function (req, res) {
  const handler = Object.prototype.hasOwnProperty.call(handlers, req.params.type) ? handlers[req.params.type] : null;
  if (!handler) return res.sendStatus(404);
  handler.convert(req, res);
});

app.get('/version', function (req, res) {
  const pkg = require('./package.json');
  res.json({ version: pkg.version });
});

module.exports = app;
