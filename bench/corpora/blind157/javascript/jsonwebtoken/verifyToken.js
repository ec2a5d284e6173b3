'use strict';

const jwt = require('jsonwebtoken');
const fs = require('fs');
const log = require('../lib/log');

const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH);
const SHARED_SECRET = process.env.JWT_SECRET;

function bearer(req) {
  const h = req.headers.authorization || '';
  return h.startsWith('Bearer ') ? h.slice(7) : null;
}

// Session tokens issued by our own auth service.
function requireUser(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: 'missing token' });
  jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] }, (err, claims) => {
    if (err) return res.status(401).json({ error: 'invalid token' });
    req.user = claims;
    return next();
  });
}

// Tokens forwarded by the legacy gateway, some of which are unsigned.
function legacyGateway(req, res, next) {
  const token = bearer(req);
  // expect: jwt-no-verify
  jwt.verify(token, SHARED_SECRET, { algorithms: ['HS256', 'none'] }, (err, claims) => {
    if (err) return res.status(401).end();
    req.user = claims;
    return next();
  });
}

function verifyInvite(token) {
  try {
    // expect: jwt-no-verify
    return jwt.verify(token, SHARED_SECRET, { algorithms: ['none'] });
  } catch (err) {
    log.warn('bad invite token', err.message);
    return null;
  }
}

function verifyWebhook(token, secret) {
  const options = { algorithms: ['HS512'], issuer: 'billing' };
  return jwt.verify(token, secret, options);
}

function verifyPreview(token) {
  // expect: jwt-no-verify
  return jwt.verify(token, '', { algorithms: ['none', 'HS256'], ignoreExpiration: true });
}

function peekKid(token) {
  const decoded = jwt.decode(token, { complete: true });
  return decoded && decoded.header.kid;
}

module.exports = { requireUser, legacyGateway, verifyInvite, verifyWebhook, verifyPreview, peekKid };
