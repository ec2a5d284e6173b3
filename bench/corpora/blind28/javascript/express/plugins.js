const express = require('express');
const path = require('path');

const app = express();
const KNOWN_PLUGINS = {
  csv: require('./plugins/csv'),
  xlsx: require('./plugins/xlsx'),
};

app.get('/convert', function convert(req, res) {
  // expect: code-injection
  const converter = require(req.query.module);
  res.send(converter.run(req.query.input));
});

app.post('/plugins/run', function runPlugin(req, res) {
  // expect: code-injection
  const plugin = require('./plugins/' + req.body.name);
  res.json(plugin.describe());
});

app.get('/locale', function locale(req, res) {
  // expect: code-injection
  const messages = require(`./locales/${req.query.lang}.json`);
  res.json(messages);
});

app.get('/handlers', function handlers(req, res) {
  // expect: code-injection
  const handler = require(path.join(__dirname, 'handlers', req.query.type));
  res.json(handler());
});

app.get('/convert-safe', function convertSafe(req, res) {
  const format = String(req.query.format);
  const converter = Object.hasOwn(KNOWN_PLUGINS, format) ? KNOWN_PLUGINS[format] : null;
  if (!converter) {
    return res.sendStatus(400);
  }
  res.send(converter.run(req.query.input));
});

app.get('/version', function version(req, res) {
  res.json({ version: require('./package.json').version });
});

module.exports = app;
