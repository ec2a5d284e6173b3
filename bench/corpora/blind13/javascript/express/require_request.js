// library: express (require() of a request-chosen module)
const express = require('express');
const path = require('path');

const app = express();

const EXPORTERS = {
  csv: require('./exporters/csv'),
  xlsx: require('./exporters/xlsx'),
};

app.get('/export/:format', (req, res) => {
  // expect: code-injection
  const exporter = require('./exporters/' + req.params.format);
  exporter.write(res, req.query);
});

app.get('/export/v2/:format', (req, res) => {
  const exporter = EXPORTERS[req.params.format];
  if (!exporter || !Object.hasOwn(EXPORTERS, req.params.format)) return res.sendStatus(404);
  exporter.write(res, req.query);
});

app.post('/plugins/load', express.json(), (req, res) => {
  // expect: code-injection
  const plugin = require(path.join(__dirname, 'plugins', req.body.name));
  res.json({ loaded: plugin.name });
});

const locale = process.env.APP_LOCALE || 'en';
const messages = require(`./locales/${locale}.json`);

app.get('/messages', (req, res) => {
  const lang = ['en', 'de', 'fr'].includes(req.query.lang) ? req.query.lang : 'en';
  res.json(require(`./locales/${lang}.json`) || messages);
});

module.exports = app;
