'use strict';

const express = require('express');
const jwt = require('express-jwt');
const jwksRsa = require('jwks-rsa');

const app = express();

// expect: hardcoded-secret
const SIGNING_SECRET = 'k9!vR2#pLq7$Wm4zXt8@';

// v5-style middleware on the public API.
app.use('/api', jwt({
  // expect: hardcoded-secret
  secret: 'shhh-our-api-secret-2019',
  algorithms: ['HS256'],
}).unless({ path: ['/api/health', '/api/login'] }));

const adminAuth = {
  // expect: hardcoded-secret
  secret: 'admin-panel-jwt-secret',
  algorithms: ['HS256'],
  requestProperty: 'auth',
};
app.use('/admin', jwt(adminAuth));

// Webhooks share the module constant.
app.post('/hooks/:name', jwt({ secret: SIGNING_SECRET, algorithms: ['HS256'] }), (req, res) => {
  res.json({ ok: true, hook: req.params.name });
});

// expect: hardcoded-secret
const mobileGuard = jwt({ secret: Buffer.from('bW9iaWxlLWFwcC1zZWNyZXQ=', 'base64'), algorithms: ['HS512'] });
app.use('/mobile', mobileGuard);

// Look-alike: the secret comes from the environment.
app.use('/partner', jwt({ secret: process.env.PARTNER_JWT_SECRET, algorithms: ['HS256'] }));

// Look-alike: keys fetched from the identity provider's JWKS endpoint.
app.use('/sso', jwt({
  secret: jwksRsa.expressJwtSecret({
    cache: true,
    rateLimit: true,
    jwksUri: 'https://login.example.com/.well-known/jwks.json',
  }),
  audience: 'https://api.example.com',
  algorithms: ['RS256'],
}));

app.use(function (err, req, res, next) {
  if (err.name === 'UnauthorizedError') {
    return res.status(401).json({ error: 'invalid token' });
  }
  next(err);
});

module.exports = app;
