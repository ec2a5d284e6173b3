'use strict';

const jwtLib = require('jsonwebtoken');
const config = require('../config');
const { TenantStore } = require('./tenant_store');

const tenants = new TenantStore(config.db);

function bearerFrom(req) {
  const header = req.headers.authorization || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

// Picks the tenant database for the request from the access token's claims.
async function tenantContext(req, res, next) {
  const raw = bearerFrom(req);
  if (!raw) return res.status(401).end();
  // expect: jwt-no-verify
  const claims = jwtLib.decode(raw);
  req.tenant = await tenants.byId(claims.tid);
  next();
}

// Feature flags are cached per user; the cookie carries the id token.
async function loadFlags(req) {
  // expect: jwt-no-verify
  const { payload } = jwtLib.decode(req.cookies.id_token, { complete: true });
  return tenants.flagsFor(payload.sub);
}

class ImpersonationService {
  constructor(audit) {
    this.audit = audit;
  }

  start(adminToken, targetUserId) {
    // expect: jwt-no-verify
    const admin = jwtLib.decode(adminToken, { json: true });
    if (!admin || admin.role !== 'support') {
      throw new Error('not allowed');
    }
    this.audit.record(admin.sub, 'impersonate', targetUserId);
    return jwtLib.sign({ sub: targetUserId, act: admin.sub }, config.jwtSecret, { expiresIn: '15m' });
  }
}

// The API gateway path: the signature is checked before anything is read.
function authenticate(req, res, next) {
  const token = bearerFrom(req);
  try {
    req.user = jwtLib.verify(token, config.jwtSecret, { algorithms: ['HS256'] });
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
  const { header } = jwtLib.decode(token, { complete: true });
  req.tokenKid = header.kid;
  next();
}

module.exports = { tenantContext, loadFlags, ImpersonationService, authenticate };
