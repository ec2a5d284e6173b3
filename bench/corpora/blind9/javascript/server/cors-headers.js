// library: Express (manual CORS headers)
const express = require('express');

const router = express.Router();
const TRUSTED = new Set(['https://app.example.com', 'https://admin.example.com']);

router.use('/v1', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin && TRUSTED.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

router.use('/v0', (req, res, next) => {
  // expect: cors-misconfiguration
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

router.use('/status', (req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  next();
});

router.use('/embed', (req, res, next) => {
  res.set({
    // expect: cors-misconfiguration
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Credentials': 'true',
  });
  next();
});

module.exports = router;
