'use strict';
const express = require('express');
const helmet = require('helmet');

const app = express();
const FRAME_POLICIES = ['DENY', 'SAMEORIGIN'];

app.use(helmet.frameguard({ action: 'sameorigin' }));

app.get('/widgets/:id', function (req, res) {
  // expect: header-injection
  res.set('X-Frame-Options', req.query.frame);
  res.render('widget', { id: req.params.id });
});

app.get('/embed', function (req, res) {
  const partner = req.query.origin;
  // expect: header-injection
  res.setHeader('x-frame-options', 'ALLOW-FROM ' + partner);
  res.render('embed');
});

function framingMiddleware(req, res, next) {
  const policy = req.headers['x-frame-policy'];
  // expect: header-injection
  res.header('X-Frame-Options', policy);
  next();
}

app.post('/preview', framingMiddleware, function (req, res) {
  // expect: header-injection
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'X-Frame-Options': req.body.framing });
  res.end('<!doctype html><p>preview</p>');
});

app.get('/reports/:id', function (req, res) {
  // expect: header-injection
  res.set({ 'Cache-Control': 'no-store', 'X-Frame-Options': req.cookies.frameMode });
  res.render('report', { id: req.params.id });
});

app.get('/dashboard', function (req, res) {
  res.set('X-Frame-Options', 'DENY');
  res.render('dashboard');
});

app.get('/kiosk', function (req, res) {
  const requested = String(req.query.frame || '').toUpperCase();
  const policy = FRAME_POLICIES.includes(requested) ? requested : 'DENY';
  res.setHeader('X-Frame-Options', policy);
  res.set('X-Request-Id', req.get('x-request-id') || '');
  res.render('kiosk');
});

module.exports = app;
