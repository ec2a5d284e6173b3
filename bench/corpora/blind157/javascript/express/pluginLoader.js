'use strict';

const path = require('path');
const express = require('express');
const log = require('../lib/log');

const app = express();
app.use(express.json());

const FORMATTERS = {
  csv: require('../formatters/csv'),
  json: require('../formatters/json'),
  xlsx: require('../formatters/xlsx'),
};

app.get('/export/:format', function (req, res) {
  // expect: code-injection
  const formatter = require('../formatters/' + req.query.formatter);
  res.send(formatter.format(req.body || []));
});

app.post('/plugins/activate', function (req, res) {
  // expect: code-injection
  const plugin = require(req.body.modulePath);
  plugin.activate(app);
  res.json({ active: plugin.name });
});

app.get('/lang', function handler(req, res) {
  // expect: code-injection
  const messages = require(path.join(__dirname, 'locales', req.query.lang.code));
  res.json(messages);
});

app.get('/safe/export/:format', function (req, res) {
  const formatter = FORMATTERS[req.params.format];
  if (!formatter) return res.status(400).json({ error: 'unknown format' });
  return res.send(formatter.format([]));
});

app.get('/version', function (req, res) {
  const pkg = require('../package.json');
  res.json({ version: pkg.version });
});

log.info('plugin loader ready');

module.exports = app;
