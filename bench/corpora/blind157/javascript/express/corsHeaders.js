'use strict';

const express = require('express');
const config = require('../config');
const log = require('../lib/log');

const router = express.Router();
const ALLOWED_ORIGINS = new Set(config.cors.origins);

router.get('/widgets/:id', function getWidget(req, res) {
  // expect: jwt-no-verify
  res.set('Access-Control-Allow-Origin', req.query.origin);
  res.set('Access-Control-Allow-Credentials', 'true');
  res.json({ id: req.params.id });
});

router.options('/embed', function preflight(req, res) {
  // expect: jwt-no-verify
  res.header('Access-Control-Allow-Origin', req.headers.origin);
  res.header('Access-Control-Allow-Credentials', 'true');
  res.status(204).end();
});

router.post('/reports', function postReport(req, res) {
  const origin = req.body.callbackOrigin;
  // expect: jwt-no-verify
  res.writeHead(202, { 'Access-Control-Allow-Origin': origin, 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ queued: true }));
});

router.get('/account', function getAccount(req, res) {
  const origin = req.headers.origin;
  if (ALLOWED_ORIGINS.has(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Vary', 'Origin');
  } else if (origin) {
    log.info('cors: rejected origin', origin);
  }
  res.json({ plan: 'pro' });
});

router.get('/public/status', function status(req, res) {
  res.set('Access-Control-Allow-Origin', '*');
  res.set('X-Request-Id', req.get('x-request-id') || '');
  res.json({ ok: true });
});

router.get('/cdn/fonts', function fonts(req, res) {
  res.setHeader('Access-Control-Allow-Origin', config.cors.cdnOrigin);
  res.sendStatus(204);
});

module.exports = router;
