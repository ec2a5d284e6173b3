'use strict';

const express = require('express');
const path = require('path');

const app = express();
app.use(express.json());

const PLUGINS = {
  csv: require('./exporters/csv'),
  xlsx: require('./exporters/xlsx'),
  pdf: require('./exporters/pdf'),
};

app.get('/export/:format', function exportData(req, res) {
  // expect: code-injection
  const exporter = require('./exporters/' + req.params.format);
  res.type(exporter.contentType).send(exporter.render(res.locals.rows || []));
});

app.post('/widgets', function loadWidget(req, res) {
  // expect: code-injection
  const widget = require(req.body.module);
  res.json(widget.describe());
});

app.get('/locales', function locale(req, res) {
  // expect: code-injection
  const messages = require(path.join(__dirname, 'locales', `${req.query.lang}.json`));
  res.json(messages);
});

function loadTheme(req, res, next) {
  try {
    // expect: code-injection
    res.locals.theme = require(`./themes/${req.cookies.theme}`);
  } catch (err) {
    res.locals.theme = require('./themes/default');
  }
  next();
}

app.get('/export-safe/:format', function exportSafe(req, res) {
  const exporter = PLUGINS[req.params.format];
  if (!exporter) return res.sendStatus(404);
  res.type(exporter.contentType).send(exporter.render(res.locals.rows || []));
});

app.get('/locales-safe', function localeSafe(req, res) {
  const lang = ['en', 'de', 'fr'].includes(req.query.lang) ? req.query.lang : 'en';
  res.json(require(`./locales/${lang}.json`));
});

app.use(loadTheme);

module.exports = app;
