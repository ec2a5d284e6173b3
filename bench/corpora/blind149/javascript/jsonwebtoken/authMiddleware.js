'use strict';

const jwt = require('jsonwebtoken');
const fs = require('fs');
const logger = require('../lib/logger');

const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH);

function bearer(req) {
  const header = req.headers.authorization || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

// Loads the user from the token's claims without checking the signature.
function currentUser(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).end();
  // expect: jwt-no-verify
  const claims = jwt.decode(token);
  req.user = { id: claims.sub, roles: claims.roles || [] };
  next();
}

function requireAdmin(req, res, next) {
  const raw = req.cookies.admin_token;
  // expect: jwt-no-verify
  const payload = jwt.decode(raw, { json: true });
  if (!payload || !payload.roles.includes('admin')) return res.status(403).end();
  next();
}

function tenantFromRefresh(refreshToken) {
  // expect: jwt-no-verify
  return jwt.decode(refreshToken).tenant;
}

// Verified path: the signature and algorithm are checked before the claims are used.
function verifiedUser(req, res, next) {
  const token = bearer(req);
  try {
    req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
    next();
  } catch (err) {
    logger.warn('bad token: %s', err.message);
    res.status(401).end();
  }
}

// Header read only to pick the key; verify() follows on the same token.
function keyIdOf(token, keys) {
  const decoded = jwt.decode(token, { complete: true });
  const kid = decoded && decoded.header.kid;
  return jwt.verify(token, keys[kid] || PUBLIC_KEY, { algorithms: ['RS256'] });
}

module.exports = { currentUser, requireAdmin, tenantFromRefresh, verifiedUser, keyIdOf };
