const express = require('express');
const { loadWidget, loadTheme } = require('./widgets');

const app = express();

app.get('/embed/:id', async (req, res) => {
  const widget = await loadWidget(req.params.id);
  // expect: xss
  res.send('<html><body><div id="w"></div><script>window.WIDGET = ' + widget.config + ';</script></body></html>');
});

app.get('/embed/:id/theme', async (req, res) => {
  const theme = await loadTheme(req.query.theme);
  // expect: xss
  res.send(`<script>applyTheme("${theme.name}")</script>`);
});

app.get('/boot', (req, res) => {
  const locale = String(req.query.locale);
  // expect: xss
  res.write('<script src="/i18n.js"></script><script>boot("' + locale + '")</script>');
  res.end();
});

app.get('/embed/:id/safe', async (req, res) => {
  const widget = await loadWidget(req.params.id);
  const state = JSON.stringify(widget.config).replace(/</g, '\\u003c');
  res.render('embed', { state });
});

app.get('/health', (req, res) => {
  res.send('<script src="/static/health.js"></script>');
});

app.get('/title/:id', async (req, res) => {
  const widget = await loadWidget(req.params.id);
  res.type('text').send(widget.title);
});

module.exports = app;
