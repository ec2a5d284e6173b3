'use strict';

const jwt = require('express-jwt');
const { expressjwt } = require('express-jwt');
const jwksRsa = require('jwks-rsa');
const express = require('express');

const adminRouter = express.Router();

module.exports = function mountAuth(app, config) {
  // expect: secret
  app.use('/api', jwt({ secret: 'q8Xv2Lr7Tm4Wz9Kp1Nb6Hc3Ys5Dg0Fa', algorithms: ['HS256'] }).unless({ path: ['/api/login', '/api/health'] }));

  // expect: secret
  const partnerAuth = { secret: 'Ze4Rq9Tx2Vm7Lk1Pw8Nb5Hc3Ys6Dg0Fj', algorithms: ['HS256'], requestProperty: 'partner' };
  app.use('/partners', jwt(partnerAuth));

  // expect: secret
  adminRouter.use(expressjwt({ secret: Buffer.from('c2VydmljZS1hZG1pbi1zaWduaW5nLWtleS0yMDI0', 'base64'), algorithms: ['HS512'] }));
  app.use('/admin', adminRouter);

  app.get(
    '/reports/:id',
    // expect: secret
    expressjwt({ secret: 'Lm3Qw8Er5Ty1Ui7Op2As6Df9Gh4Jk0Zx', algorithms: ['HS256'], credentialsRequired: true }),
    (req, res) => res.json({ id: req.params.id, user: req.auth.sub })
  );

  app.use('/v2', expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));

  app.use('/sso', expressjwt({
    secret: jwksRsa.expressJwtSecret({ jwksUri: config.jwksUri, cache: true, rateLimit: true }),
    audience: config.audience,
    issuer: config.issuer,
    algorithms: ['RS256'],
  }));

  app.use('/internal', jwt({ secret: config.internalSecret, algorithms: ['HS256'] }));
};
