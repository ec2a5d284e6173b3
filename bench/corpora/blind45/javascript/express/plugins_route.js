'use strict';

const express = require('express');

const app = express();
const pkg = require('./package.json');
const HANDLERS = {
  csv: require('./handlers/csv'),
  pdf: require('./handlers/pdf'),
};

app.get('/run', function run(req, res) {
  // expect: code-injection
  const mod = require(req.query.module);
  res.json(mod.describe());
});

app.post('/handlers/:name', function handle(req, res) {
  // expect: code-injection
  const handler = require('./handlers/' + req.params.name);
  handler(req, res);
});

app.get('/i18n', function messages(req, res) {
  const lang = req.headers['accept-language'].split(',')[0];
  // expect: code-injection
  res.json(require(`./locales/${req.query.ns}/${lang}.json`));
});

function loadTheme(req, res, next) {
  // expect: code-injection
  res.locals.theme = require('./themes/' + req.body.theme);
  next();
}
app.post('/theme', express.json(), loadTheme);

app.post('/export/:format', function exportAs(req, res) {
  const format = req.params.format;
  if (!Object.prototype.hasOwnProperty.call(HANDLERS, format)) {
    return res.sendStatus(404);
  }
  HANDLERS[format](req, res);
});

app.get('/version', function version(req, res) {
  res.json({ version: pkg.version });
});

module.exports = app;
