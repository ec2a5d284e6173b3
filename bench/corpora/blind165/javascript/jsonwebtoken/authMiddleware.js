// Authentication middlewares of the API gateway. Tokens are RS256 JWTs issued by the
// identity service; its public key is mounted into the container.
'use strict';

const fs = require('fs');
const jwt = require('jsonwebtoken');

const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH || '/run/keys/identity.pub');
const VERIFY_OPTIONS = { algorithms: ['RS256'], issuer: 'https://id.acme-tools.com' };

function bearer(req) {
  const header = req.headers.authorization || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(bearer(req), PUBLIC_KEY, VERIFY_OPTIONS);
    next();
  } catch (err) {
    res.status(401).json({ error: 'invalid token' });
  }
}

function requireAdmin(req, res, next) {
  const token = bearer(req);
  // expect: jwt-no-verify
  const claims = jwt.decode(token);
  if (!claims || claims.role !== 'admin') return res.status(403).json({ error: 'admins only' });
  req.user = claims;
  next();
}

function loadTenant(req, res, next) {
  const raw = req.cookies.session;
  // expect: jwt-no-verify
  const payload = jwt.decode(raw) || {};
  req.tenantId = payload.tenant;
  next();
}

function socketAuth(socket, next) {
  const token = socket.handshake.auth.token;
  // expect: jwt-no-verify
  const claims = jwt.decode(token, { json: true });
  if (!claims) return next(new Error('unauthorised'));
  socket.data.userId = claims.sub;
  next();
}

function tokenExpiry(req) {
  const token = bearer(req);
  const verified = jwt.verify(token, PUBLIC_KEY, VERIFY_OPTIONS);
  const decoded = jwt.decode(token, { complete: true });
  return { sub: verified.sub, expiresAt: decoded.payload.exp * 1000 };
}

module.exports = { requireUser, requireAdmin, loadTenant, socketAuth, tokenExpiry };
