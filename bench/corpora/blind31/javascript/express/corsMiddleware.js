const http = require('http');
const express = require('express');
const cors = require('cors');

const app = express();
const ALLOWED_ORIGINS = ['https://app.acme-crm.com', 'https://admin.acme-crm.com'];

function reflectOrigin(req, res, next) {
  // expect: cors-misconfiguration
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
}

app.get('/embed/config', function embedConfig(req, res) {
  const origin = req.query.parent;
  // expect: cors-misconfiguration
  res.set({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin' });
  res.json({ theme: 'light' });
});

app.options('/api/*', function preflight(req, res) {
  // expect: cors-misconfiguration
  res.header('access-control-allow-origin', req.get('origin'));
  res.header('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE');
  res.sendStatus(204);
});

app.use('/public-api', reflectOrigin);

// expect: cors-misconfiguration
app.use('/partner-api', cors({ origin: true, credentials: true }));

app.use('/api', cors({ origin: ALLOWED_ORIGINS, credentials: true }));

app.use('/widgets', function allowListed(req, res, next) {
  const origin = req.headers.origin;
  if (ALLOWED_ORIGINS.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  next();
});

app.get('/status', function status(req, res) {
  res.set('Access-Control-Allow-Origin', 'https://status.acme-crm.com');
  res.json({ ok: true });
});

const metrics = http.createServer(function (req, res) {
  // expect: cors-misconfiguration
  res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': req.headers.origin });
  res.end(JSON.stringify({ up: process.uptime() }));
});

module.exports = { app, metrics };
