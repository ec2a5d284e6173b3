'use strict';

const express = require('express');
const jwt = require('express-jwt');
const jwksRsa = require('jwks-rsa');
const { isRevokedCallback } = require('./token_denylist');

const app = express();
const router = express.Router();

const issuer = `https://${process.env.AUTH0_DOMAIN}/`;
const audience = process.env.API_AUDIENCE;

// Public API: everything except login and health needs a bearer token.
app.use(
  // expect: jwt-not-revoked
  jwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }).unless({ path: ['/login', '/healthz'] })
);

// expect: jwt-not-revoked
const requireAuth = jwt({
  secret: jwksRsa.expressJwtSecret({
    cache: true,
    rateLimit: true,
    jwksUri: `${issuer}.well-known/jwks.json`,
  }),
  audience,
  issuer,
  algorithms: ['RS256'],
});

const mobileOptions = {
  secret: process.env.MOBILE_JWT_SECRET,
  algorithms: ['HS256'],
  requestProperty: 'auth',
};

// expect: jwt-not-revoked
router.get('/me', jwt(mobileOptions), (req, res) => {
  res.json({ id: req.auth.sub });
});

// expect: jwt-not-revoked
const optionalAuth = jwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], credentialsRequired: false });

router.get('/feed', optionalAuth, (req, res) => {
  res.json({ personalised: Boolean(req.user) });
});

router.get('/orders', requireAuth, (req, res) => {
  res.json({ owner: req.user.sub });
});

// Admin API: revoked tokens are refused.
const adminAuth = jwt({
  secret: process.env.ADMIN_JWT_SECRET,
  algorithms: ['HS256'],
  isRevoked: isRevokedCallback,
});

const webhookOptions = {
  secret: process.env.WEBHOOK_JWT_SECRET,
  algorithms: ['HS256'],
  isRevoked: isRevokedCallback,
};

app.use('/admin', adminAuth);
app.post('/webhooks/billing', jwt(webhookOptions), (req, res) => res.sendStatus(204));
app.use('/api', router);

module.exports = app;
