'use strict';

const cors = require('cors');

const ALLOWED = ['https://app.acme.example', 'https://admin.acme.example'];

const strict = cors({
  origin(origin, cb) {
    cb(null, !origin || ALLOWED.includes(origin));
  },
  credentials: true,
});

// expect: insecure-cors
const reflectAll = cors({ origin: true, credentials: true });

function manual(req, res, next) {
  // expect: insecure-cors
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
}

function publicAssets(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  next();
}

module.exports = { strict, reflectAll, manual, publicAssets };
