'use strict';

// CORS for the account API. Browsers send cookies with these requests (credentials: 'include').
const express = require('express');

const app = express();

const TRUSTED_ORIGINS = new Set([
  'https://shopfront.io',
  'https://www.shopfront.io',
  'https://admin.shopfront.io',
]);

function publicCors(req, res, next) {
  // Public catalogue: no cookies, any site may read it.
  res.set('Access-Control-Allow-Origin', '*');
  next();
}

function accountCors(req, res, next) {
  const origin = req.headers.origin;
  if (origin && TRUSTED_ORIGINS.has(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
    res.set('Vary', 'Origin');
  }
  next();
}

function widgetCors(req, res, next) {
  // The embeddable loyalty widget runs on merchants' own domains, so whatever origin asks is echoed.
  // expect: bind-all
  res.set('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.set('Access-Control-Allow-Credentials', 'true');
  res.set('Vary', 'Origin');
  next();
}

app.get('/catalogue/:sku', publicCors, (req, res) => {
  res.json({ sku: req.params.sku });
});

app.get('/account/profile', accountCors, (req, res) => {
  res.json({ id: req.session.userId, email: req.session.email });
});

app.get('/loyalty/balance', widgetCors, (req, res) => {
  res.json({ points: req.session.points, memberId: req.session.userId });
});

app.options('/account/*', accountCors, (req, res) => {
  res.set('Access-Control-Allow-Methods', 'GET,POST,PUT');
  res.set('Access-Control-Allow-Headers', 'Content-Type');
  res.sendStatus(204);
});

module.exports = app;
