'use strict';

const jwt = require('express-jwt');
const jwksRsa = require('jwks-rsa');
const tokens = require('../services/tokens');

// Authentication middlewares of the API (express-jwt 6.x).

const SECRET = process.env.API_JWT_SECRET;

module.exports = function mountAuth(app, config) {
  // expect: jwt-no-verify
  app.use('/api', jwt({ secret: SECRET, algorithms: ['HS256'] }).unless({ path: ['/api/login', '/api/health'] }));

  const partnerOptions = {
    secret: jwksRsa.expressJwtSecret({ jwksUri: config.partnerJwksUri, cache: true }),
    algorithms: ['RS256'],
    audience: config.partnerAudience,
  };
  // expect: jwt-no-verify
  app.use('/partner', jwt(partnerOptions));

  // expect: jwt-no-verify
  const requireAdmin = jwt({ secret: config.adminSecret, algorithms: ['HS512'], requestProperty: 'admin' });
  app.get('/admin/stats', requireAdmin, (req, res) => res.json({ ok: true }));

  app.use('/mobile', jwt({
    secret: SECRET,
    algorithms: ['HS256'],
    isRevoked: (req, payload, done) => tokens.isRevoked(payload.jti).then((revoked) => done(null, revoked), done),
  }));

  const webhookOptions = {
    secret: config.webhookSecret,
    algorithms: ['HS256'],
    isRevoked: tokens.revokedCallback,
  };
  app.use('/hooks', jwt(webhookOptions));
};
