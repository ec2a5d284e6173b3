// JWT auth for the public REST API and the internal admin API.
const express = require('express');
const { expressjwt: jwt } = require('express-jwt');
const jwksRsa = require('jwks-rsa');
const config = require('../config');

const app = express();

// Public API: tokens are issued by our identity provider.
const publicAuth = jwt({
  secret: jwksRsa.expressJwtSecret({
    cache: true,
    rateLimit: true,
    jwksUri: `${config.issuer}/.well-known/jwks.json`,
  }),
  audience: 'https://api.example-shop.com',
  issuer: config.issuer,
  algorithms: ['RS256'],
});

// Partner webhooks sign with a shared secret from the vault.
const partnerAuth = jwt({
  secret: process.env.PARTNER_JWT_SECRET,
  algorithms: ['HS256'],
  requestProperty: 'partner',
});

// Admin API (written for the first launch; "temporary")
const adminAuth = jwt({
  // expect: secret
  secret: 'adm1n-Sh0p-2019!super-secret',
  algorithms: ['HS256'],
  requestProperty: 'admin',
});

app.use('/api/v1', publicAuth.unless({ path: ['/api/v1/health', '/api/v1/catalog'] }));
app.use('/partner', partnerAuth);
app.use('/admin', adminAuth);

app.get('/api/v1/health', (req, res) => res.json({ ok: true }));
app.get('/api/v1/me', (req, res) => res.json({ sub: req.auth.sub }));
app.post('/partner/orders', (req, res) => res.status(202).json({ partner: req.partner.sub }));
app.get('/admin/stats', (req, res) => res.json({ admin: req.admin.sub }));

app.use((err, req, res, next) => {
  if (err.name === 'UnauthorizedError') return res.status(401).json({ error: 'invalid token' });
  next(err);
});

module.exports = app;
