const express = require('express');

const app = express();
const ALLOWED_ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com']);

app.use(function reflectOrigin(req, res, next) {
  // expect: cors-misconfiguration
  res.header('Access-Control-Allow-Origin', req.headers.origin);
  res.header('Access-Control-Allow-Credentials', 'true');
  next();
});

app.get('/api/data', function data(req, res) {
  const origin = req.query.origin;
  // expect: cors-misconfiguration
  res.set('Access-Control-Allow-Origin', origin);
  res.json({ ok: true });
});

app.post('/api/widget', function widget(req, res) {
  // expect: cors-misconfiguration
  res.setHeader('access-control-allow-origin', req.body.site);
  res.sendStatus(204);
});

app.options('/api/upload', function preflight(req, res) {
  res.set({
    // expect: cors-misconfiguration
    'Access-Control-Allow-Origin': req.get('Origin'),
    'Access-Control-Allow-Methods': 'PUT',
  });
  res.end();
});

function embedHandler(req, res) {
  const allowFrom = req.query.parent || '*';
  // expect: cors-misconfiguration
  res.writeHead(200, { 'Access-Control-Allow-Origin': allowFrom, 'Content-Type': 'application/json' });
  res.end('{}');
}
app.get('/embed.json', embedHandler);

// Safe look-alikes: an origin checked against an allowlist, and a fixed origin.
app.get('/api/profile', function profile(req, res) {
  const origin = req.headers.origin;
  if (ALLOWED_ORIGINS.has(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Vary', 'Origin');
  }
  res.json({});
});

app.get('/public/fonts', function fonts(req, res) {
  res.setHeader('Access-Control-Allow-Origin', 'https://www.example.com');
  res.sendFile('/srv/fonts/inter.woff2');
});

module.exports = app;
