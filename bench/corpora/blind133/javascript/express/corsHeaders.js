'use strict';

const express = require('express');

const app = express.Router();
const ALLOWED_ORIGINS = (process.env.CORS_ORIGINS || '').split(',').filter(Boolean);

app.use(function (req, res, next) {
  // expect: jwt-no-verify
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.get('/embed/config', function (req, res) {
  // expect: jwt-no-verify
  res.header('Access-Control-Allow-Origin', req.query.parentOrigin);
  res.json({ theme: 'light' });
});

app.options('/upload', function (req, res) {
  const origin = req.get('origin');
  // expect: jwt-no-verify
  res.writeHead(204, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Methods': 'POST' });
  res.end();
});

app.get('/public/feed', function (req, res) {
  const origin = req.headers.origin;
  if (ALLOWED_ORIGINS.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  res.json({ items: [] });
});

app.get('/status', function (req, res) {
  res.set('Access-Control-Allow-Origin', 'https://status.example.com');
  res.set('Cache-Control', 'no-store');
  res.json({ ok: true, requestId: req.get('x-request-id') });
});

module.exports = app;
