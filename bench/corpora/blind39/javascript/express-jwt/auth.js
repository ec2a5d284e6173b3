const express = require('express');
const jwt = require('express-jwt');
const jwksRsa = require('jwks-rsa');

const app = express();

// expect: hardcoded-secret
app.use('/api', jwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }));

const adminAuthOptions = {
  // expect: hardcoded-secret
  secret: 'admin-jwt-secret-2021',
  algorithms: ['HS256'],
  requestProperty: 'auth',
};
app.use('/admin', jwt(adminAuthOptions));

function partnerRouter() {
  const router = express.Router();
  router.use(jwt({
    // expect: hardcoded-secret
    secret: Buffer.from('c2VjcmV0LWZvci1wYXJ0bmVycw==', 'base64'),
    algorithms: ['HS512'],
    credentialsRequired: true,
  }));
  return router;
}

// expect: hardcoded-secret
app.use('/internal', jwt({ secret: process.env.INTERNAL_JWT_SECRET || 'changeme', algorithms: ['HS256'] }));

// Safe: the secret comes from the environment.
app.use('/v2', jwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));

// Safe: keys fetched from the identity provider's JWKS endpoint.
app.use('/sso', jwt({
  secret: jwksRsa.expressJwtSecret({ jwksUri: 'https://login.example.com/.well-known/jwks.json', cache: true, rateLimit: true }),
  audience: 'https://api.example.com',
  algorithms: ['RS256'],
}));

module.exports = { app, partnerRouter };
