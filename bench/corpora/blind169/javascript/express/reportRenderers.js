'use strict';

// Report downloads. Renderers live in ./renderers; some customers asked
// for their own output formatters, which were added as npm packages.
var path = require('path');
var express = require('express');
var reports = require('../services/reports');

var RENDERERS = {
  csv: require('./renderers/csv'),
  xlsx: require('./renderers/xlsx'),
  pdf: require('./renderers/pdf')
};

var LOCALES = ['en', 'de', 'fr', 'es'];
var messages = {};
LOCALES.forEach(function (lang) {
  messages[lang] = require(path.join(__dirname, 'locales', lang + '.json'));
});

var router = express.Router();

router.get('/reports/:id/download', function (req, res, next) {
  var format = String(req.query.format || 'csv');
  if (!Object.prototype.hasOwnProperty.call(RENDERERS, format)) {
    return res.status(400).json({ error: 'unknown format' });
  }
  reports.load(Number(req.params.id)).then(function (report) {
    RENDERERS[format](report, res);
  }).catch(next);
});

router.get('/reports/:id/legacy/:kind', function (req, res, next) {
  // expect: code-injection
  var renderer = require('./renderers/' + req.params.kind);
  reports.load(Number(req.params.id)).then(function (report) {
    renderer(report, res);
  }).catch(next);
});

router.post('/reports/:id/custom', express.json(), function (req, res, next) {
  // expect: code-injection
  var formatter = require(req.body.formatter);
  reports.load(Number(req.params.id)).then(function (report) {
    res.type('text/plain').send(formatter.format(report.rows));
  }).catch(next);
});

router.get('/reports/labels', function (req, res) {
  var lang = LOCALES.indexOf(req.query.lang) === -1 ? 'en' : req.query.lang;
  res.json(messages[lang]);
});

module.exports = router;
