'use strict';

const express = require('express');
const http = require('http');

const app = express();
const ALLOWED_ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com']);

function reflectCors(req, res, next) {
  // expect: open-redirect
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
}

app.use('/api', reflectCors);

app.get('/widget/config', function widgetConfig(req, res) {
  // expect: open-redirect
  res.set('Access-Control-Allow-Origin', req.query.origin);
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json(req.session.widgetPrefs || {});
});

app.put('/embed/settings', function embedSettings(req, res) {
  // expect: open-redirect
  res.header('access-control-allow-origin', req.body.site);
  res.header('access-control-allow-credentials', 'true');
  res.json({ saved: true, owner: req.session.userId });
});

app.post('/partner/hook', function partnerHook(req, res) {
  res.set({
    // expect: open-redirect
    'Access-Control-Allow-Origin': req.body.callbackOrigin,
    'Access-Control-Allow-Credentials': 'true',
  });
  res.status(202).json({ account: req.session.accountId });
});

function legacyServer(req, res) {
  const origin = req.headers.origin;
  // expect: open-redirect
  res.writeHead(200, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' });
  res.end(JSON.stringify({ user: req.headers['x-user-id'] }));
}

function allowListed(req, res, next) {
  const origin = req.get('origin');
  if (ALLOWED_ORIGINS.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  next();
}

app.get('/public/fonts.css', function fonts(req, res) {
  res.set('Access-Control-Allow-Origin', '*');
  res.sendFile('fonts.css', { root: __dirname + '/public' });
});

app.use(allowListed);
http.createServer(legacyServer).listen(8081);

module.exports = app;
