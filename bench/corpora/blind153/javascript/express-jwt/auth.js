const express = require('express');
const jwt = require('express-jwt');
const { tokenStore } = require('../lib/tokenStore');

const secret = process.env.JWT_SECRET;
const audience = 'api.example.com';
const issuer = 'https://auth.example.com/';

async function isRevoked(req, payload, done) {
  try {
    const revoked = await tokenStore.isRevoked(payload.jti);
    done(null, revoked);
  } catch (err) {
    done(err);
  }
}

// Main API: tokens are checked against the revocation list.
const requireAuth = jwt({ secret, audience, issuer, algorithms: ['HS256'], isRevoked });

const adminOptions = { secret, audience, issuer, algorithms: ['HS256'], isRevoked };
const requireAdmin = jwt(adminOptions);

// expect: jwt-no-verify
const requireMobileAuth = jwt({ secret: process.env.MOBILE_JWT_SECRET, algorithms: ['HS256'] });

const exportOptions = { secret, audience, algorithms: ['HS256'] };
// expect: jwt-no-verify
const requireExportAuth = jwt(exportOptions);

const app = express();
app.use('/api', requireAuth);
app.use('/admin', requireAdmin, (req, res, next) => (req.user.role === 'admin' ? next() : res.sendStatus(403)));
app.use('/mobile', requireMobileAuth);
app.use('/exports', requireExportAuth);

// expect: jwt-no-verify
app.get('/billing/portal', jwt({ secret, algorithms: ['HS256'], credentialsRequired: true }), (req, res) => {
  res.json({ customer: req.user.sub });
});

app.get('/health', (req, res) => res.json({ ok: true }));

app.use((err, req, res, next) => {
  if (err.name === 'UnauthorizedError') return res.status(401).json({ error: 'invalid token' });
  next(err);
});

module.exports = app;
