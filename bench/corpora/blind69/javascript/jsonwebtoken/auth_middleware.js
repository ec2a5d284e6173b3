'use strict';

const jwt = require("jsonwebtoken");
const util = require('util');
const fs = require('fs');

const verifyAsync = util.promisify(jwt.verify);
const SECRET = process.env.JWT_SECRET;
const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH || '/etc/app/jwt.pub');
const LEGACY_OPTIONS = {
  issuer: 'legacy-sso',
  // expect: unverified-jwt
  algorithms: ['HS256', 'none'],
};

function bearer(req) {
  const h = req.headers.authorization || '';
  return h.startsWith('Bearer ') ? h.slice(7) : null;
}

function requireUser(req, res, next) {
  const token = bearer(req);
  // expect: unverified-jwt
  jwt.verify(token, SECRET, { algorithms: ['none', 'HS256'] }, (err, claims) => {
    if (err) return res.status(401).json({ error: 'invalid token' });
    req.user = claims;
    next();
  });
}

async function requireService(req, res, next) {
  try {
    // expect: unverified-jwt
    req.service = await verifyAsync(bearer(req), PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
    next();
  } catch (e) {
    res.status(401).end();
  }
}

function fromLegacyCookie(req) {
  return jwt.verify(req.cookies.sso, SECRET, LEGACY_OPTIONS);
}

function readInternal(token) {
  const claims = jwt.verify(
    token,
    '',
    // expect: unverified-jwt
    { algorithms: ["none"], audience: 'internal' }
  );
  return claims;
}

function requireAdmin(req, res, next) {
  // Safe: one strong algorithm pinned.
  const claims = jwt.verify(bearer(req), PUBLIC_KEY, { algorithms: ['RS256'], audience: 'admin' });
  if (!claims.admin) return res.status(403).end();
  next();
}

function keyIdOf(token) {
  // Safe: decode only reads the header to pick a key; verification happens after.
  const decoded = jwt.decode(token, { complete: true });
  return decoded && decoded.header.kid;
}

function issue(user) {
  // Safe: signing with HS256.
  return jwt.sign({ sub: user.id }, SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

module.exports = { requireUser, requireService, fromLegacyCookie, readInternal, requireAdmin, keyIdOf, issue };
