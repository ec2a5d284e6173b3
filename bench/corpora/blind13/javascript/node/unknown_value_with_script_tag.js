// library: express SSR (values written inside <script> tags)
const express = require('express');
const serialize = require('serialize-javascript');

const app = express();

app.get('/app', async (req, res) => {
  const state = await req.app.locals.store.initialState(req.user);
  // expect: xss
  res.send(`<!doctype html><div id="root"></div><script>window.__STATE__ = ${JSON.stringify(state)};</script>`);
});

app.get('/app/v2', async (req, res) => {
  const state = await req.app.locals.store.initialState(req.user);
  res.send(`<!doctype html><div id="root"></div><script>window.__STATE__ = ${serialize(state, { isJSON: true })};</script>`);
});

app.get('/widget', (req, res) => {
  // expect: xss
  res.send('<script>var widgetId = "' + req.query.id + '"; initWidget(widgetId);</script>');
});

app.get('/analytics.html', (req, res) => {
  const siteId = process.env.ANALYTICS_SITE_ID;
  res.send(`<script async src="https://stats.example.com/t.js" data-site="${siteId}"></script>`);
});

app.get('/embed', (req, res) => {
  const id = Number.parseInt(req.query.id, 10) || 0;
  res.send(`<script>renderEmbed(${id});</script>`);
});

module.exports = app;
