'use strict';

const express = require('express');
const path = require('path');

const router = express.Router();
const FORMATTERS = { csv: './formatters/csv', json: './formatters/json' };

router.get('/render', function renderReport(req, res) {
  // expect: code-injection
  const formatter = require('./formatters/' + req.query.format);
  res.send(formatter(res.locals.rows));
});

router.post('/plugins', function loadPlugin(req, res) {
  // expect: code-injection
  const plugin = require(req.body.module);
  res.json({ loaded: plugin.name });
});

function themeHandler(req, res, next) {
  // expect: code-injection
  const theme = require(path.join(__dirname, 'themes', req.params.theme));
  res.locals.theme = theme;
  next();
}

router.get('/theme/:theme', themeHandler);

router.get('/export', function exportRows(req, res) {
  const target = FORMATTERS[req.query.format];
  if (!target) {
    return res.status(400).send('unknown format');
  }
  const formatter = require(target);
  res.send(formatter(res.locals.rows));
});

router.get('/version', function version(req, res) {
  const pkg = require('../package.json');
  res.json({ version: pkg.version });
});

module.exports = router;
