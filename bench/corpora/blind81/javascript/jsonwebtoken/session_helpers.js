'use strict';

const jwt = require('jsonwebtoken');
const express = require('express');

const router = express.Router();

function bearer(req) {
  const header = req.headers.authorization || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

router.get('/me', function me(req, res) {
  // expect: jwt-no-verify
  const claims = jwt.decode(bearer(req));
  if (!claims) return res.sendStatus(401);
  res.json({ id: claims.sub, roles: claims.roles });
});

function requireAdmin(req, res, next) {
  // expect: jwt-no-verify
  const { payload } = jwt.decode(req.cookies.session, { complete: true }) || {};
  if (payload && payload.role === 'admin') return next();
  res.sendStatus(403);
}

class TenantResolver {
  resolve(token) {
    // expect: jwt-no-verify
    const decoded = jwt.decode(token, { json: true });
    return decoded ? decoded.tenant_id : 'public';
  }
}

router.post('/refresh', async function refresh(req, res) {
  // expect: jwt-no-verify
  const old = jwt.decode(req.body.refreshToken);
  const fresh = jwt.sign({ sub: old.sub }, process.env.JWT_SECRET, { expiresIn: '15m' });
  res.json({ token: fresh });
});

router.get('/orders', function orders(req, res) {
  const token = bearer(req);
  try {
    const claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    res.json({ owner: claims.sub });
  } catch (err) {
    res.sendStatus(401);
  }
});

function keyIdFor(token) {
  jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
  const header = jwt.decode(token, { complete: true }).header;
  return header.kid;
}

router.use('/admin', requireAdmin);

module.exports = { router, TenantResolver, keyIdFor };
