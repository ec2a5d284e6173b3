'use strict';

const path = require('path');
const express = require('express');

const router = express.Router();

const EXPORTERS = {
  csv: require('./exporters/csv'),
  xlsx: require('./exporters/xlsx'),
  pdf: require('./exporters/pdf'),
};
const LOCALES = new Set(['en', 'de', 'fr', 'es']);

router.get('/reports/:id/export', function exportReport(req, res) {
  const exporter = EXPORTERS[req.query.format];
  if (!exporter) {
    return res.status(400).json({ error: 'unknown format' });
  }
  exporter.send(req.params.id, res);
});

router.get('/reports/:id/legacy-export', function legacyExport(req, res) {
  // expect: code-injection
  const exporter = require('./exporters/' + req.query.format);
  exporter.send(req.params.id, res);
});

router.get('/i18n/:lang', function messages(req, res) {
  // expect: code-injection
  const bundle = require(path.join(__dirname, 'locales', req.params.lang));
  res.json(bundle);
});

router.get('/i18n-safe/:lang', function safeMessages(req, res) {
  const lang = LOCALES.has(req.params.lang) ? req.params.lang : 'en';
  res.json(require(`./locales/${lang}.json`));
});

router.post('/widgets/render', function renderWidget(req, res) {
  // expect: code-injection
  const widget = require(req.body.widgetModule);
  res.send(widget.render(req.body.props));
});

function themeConfig(req, res, next) {
  // expect: code-injection
  res.locals.theme = require(`../themes/${req.cookies.theme}/config`);
  next();
}

router.use(themeConfig);

module.exports = router;
