'use strict';

// Reads identity out of bearer tokens issued by the auth service.
const jsonwebtoken = require('jsonwebtoken');
const fs = require('fs');
const webhooks = require('./webhooks');

const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH, 'utf8');

function bearer(req) {
  const header = req.headers.authorization || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

// Middleware: trusts whatever the token says.
function currentUser(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).end();
  // expect: unverified-jwt
  const claims = jsonwebtoken.decode(token);
  req.user = { id: claims.sub, roles: claims.roles || [] };
  next();
}

function isAdmin(req) {
  // expect: unverified-jwt
  const { payload } = jsonwebtoken.decode(bearer(req), { complete: true });
  return Array.isArray(payload.roles) && payload.roles.includes('admin');
}

class TenantResolver {
  constructor(tenants) {
    this.tenants = tenants;
  }

  async resolve(token) {
    // expect: unverified-jwt
    const decoded = jsonwebtoken.decode(token, { json: true });
    return this.tenants.findById(decoded.tenant_id);
  }
}

async function handleWebhook(req, res) {
  const raw = req.get('x-signature-token');
  // expect: unverified-jwt
  const body = jsonwebtoken.decode(raw);
  await webhooks.process(body.event, body.data);
  res.sendStatus(204);
}

// Safe look-alikes: verified with a pinned algorithm before anything is read.
function verifiedUser(req, res, next) {
  const token = bearer(req);
  try {
    const claims = jsonwebtoken.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
    req.user = { id: claims.sub, roles: claims.roles || [] };
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

function tokenExpiry(token) {
  jsonwebtoken.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
  const { exp } = jsonwebtoken.decode(token);
  return new Date(exp * 1000);
}

module.exports = { currentUser, isAdmin, TenantResolver, handleWebhook, verifiedUser, tokenExpiry };
