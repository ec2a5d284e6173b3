const express = require('express');

const app = express();
const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

app.use(function corsHeaders(req, res, next) {
  // expect: jwt-no-verify
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.get('/embed/config', function embedConfig(req, res) {
  // expect: jwt-no-verify
  res.header('Access-Control-Allow-Origin', req.query.parent);
  res.json({ theme: 'light' });
});

app.options('/uploads', function uploadsPreflight(req, res) {
  // expect: jwt-no-verify
  res.set({ 'Access-Control-Allow-Origin': req.body.origin, 'Access-Control-Allow-Methods': 'PUT' });
  res.sendStatus(204);
});

app.post('/widgets/ping', function widgetPing(req, res) {
  // expect: jwt-no-verify
  res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers['x-widget-origin'], 'Content-Type': 'application/json' });
  res.end('{"ok":true}');
});

app.get('/public/feed', function publicFeed(req, res) {
  res.set('Access-Control-Allow-Origin', '*');
  res.json({ items: [] });
});

app.get('/account', function account(req, res) {
  const origin = req.headers.origin;
  if (ALLOWED_ORIGINS.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  res.json({ id: req.user && req.user.id });
});

app.get('/status', function status(req, res) {
  res.header('Access-Control-Allow-Origin', process.env.STATUS_ORIGIN);
  res.header('X-Request-Id', req.headers['x-request-id'] || '');
  res.json({ up: true });
});

module.exports = app;
