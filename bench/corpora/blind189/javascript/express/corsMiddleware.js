'use strict';

const express = require('express');
const config = require('../config');

const ALLOWED_ORIGINS = new Set(config.cors.allowedOrigins); // e.g. https://app.example.com

function partnerCors(req, res, next) {
  // Partner dashboards live on many customer domains, so echo whatever asked.
  // expect: open-redirect
  res.set('Access-Control-Allow-Origin', req.headers.origin);
  res.set('Access-Control-Allow-Credentials', 'true');
  res.set('Vary', 'Origin');
  if (req.method === 'OPTIONS') {
    res.set('Access-Control-Allow-Methods', 'GET,POST');
    return res.status(204).end();
  }
  next();
}

function appCors(req, res, next) {
  const origin = req.headers.origin;
  if (origin && ALLOWED_ORIGINS.has(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
    res.set('Vary', 'Origin');
  }
  next();
}

function publicCors(req, res, next) {
  res.set('Access-Control-Allow-Origin', '*');
  next();
}

function docsCors(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', 'https://docs.example.com');
  next();
}

const router = express.Router();
router.use('/partner-api', partnerCors);
router.use('/api', appCors);
router.use('/status', publicCors);
router.use('/openapi.json', docsCors);

module.exports = router;
