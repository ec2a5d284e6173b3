'use strict';

const express = require('express');
const helmet = require('helmet');

const app = express();

// Embeddable widgets: partners pass the framing policy they want.
app.get('/widget', function (req, res) {
  // expect: jwt-no-verify
  res.setHeader('X-Frame-Options', req.query.frame);
  res.render('widget');
});

app.get('/embed/:id', function embed(req, res) {
  // expect: jwt-no-verify
  res.set('X-Frame-Options', 'ALLOW-FROM ' + req.query.embedder);
  res.render('embed', { id: Number(req.params.id) });
});

app.post('/preview', function (req, res, next) {
  // expect: jwt-no-verify
  res.header('x-frame-options', req.body.framePolicy);
  next();
});

app.get('/legacy-frame', function (req, res) {
  // expect: jwt-no-verify
  res.writeHead(200, { 'X-Frame-Options': req.headers['x-frame-policy'], 'Content-Type': 'text/html' });
  res.end('<p>ok</p>');
});

// Safe look-alikes: fixed values, helmet, an allowlist lookup.
const FRAME_POLICIES = { deny: 'DENY', same: 'SAMEORIGIN' };

app.use(helmet.frameguard({ action: 'deny' }));

app.get('/dashboard', function (req, res) {
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  res.render('dashboard');
});

app.get('/report', function (req, res) {
  res.setHeader('X-Frame-Options', FRAME_POLICIES[req.query.mode] === 'SAMEORIGIN' ? 'SAMEORIGIN' : 'DENY');
  res.render('report');
});

module.exports = app;
