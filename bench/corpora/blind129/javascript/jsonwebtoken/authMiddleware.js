'use strict';

const jwt = require('jsonwebtoken');
const fs = require('fs');
const config = require('../config');

const PUBLIC_KEY = fs.readFileSync(config.jwtPublicKeyPath, 'utf8');
const LEGACY_ALGS = ['RS256', 'none'];

function bearerToken(req) {
  const header = req.headers.authorization || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

// Accepts tokens minted by the old mobile gateway, which sometimes sent unsigned ones.
function requireUser(req, res, next) {
  const token = bearerToken(req);
  if (!token) {
    return res.status(401).json({ error: 'missing token' });
  }
  try {
    // expect: jwt-no-verify
    req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'], issuer: config.issuer });
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

function verifyServiceToken(token, secret, cb) {
  // expect: jwt-no-verify
  jwt.verify(token, secret, { algorithms: ['HS256', 'HS512', 'none'] }, cb);
}

async function introspect(req, res) {
  const token = req.body.token;
  try {
    // expect: jwt-no-verify
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['none', 'RS256'], ignoreExpiration: true });
    res.json({ active: true, sub: claims.sub, scope: claims.scope });
  } catch (err) {
    res.json({ active: false });
  }
}

function requireAdmin(req, res, next) {
  const token = bearerToken(req);
  try {
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: 'admin-console' });
    if (!claims.roles || !claims.roles.includes('admin')) {
      return res.status(403).end();
    }
    req.user = claims;
    return next();
  } catch (err) {
    return res.status(401).end();
  }
}

function peekKid(token) {
  const decoded = jwt.decode(token, { complete: true });
  return decoded && decoded.header ? decoded.header.kid : null;
}

function issueSession(user) {
  return jwt.sign({ sub: user.id, roles: user.roles }, config.sessionSecret, { algorithm: 'HS256', expiresIn: '2h' });
}

module.exports = { requireUser, verifyServiceToken, introspect, requireAdmin, peekKid, issueSession, LEGACY_ALGS };
