const express = require('express');
const expressJwt = require('express-jwt');
const jwksRsa = require('jwks-rsa');

const app = express();

// expect: hardcoded-secret
app.use('/api/v1', expressJwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }));

// expect: hardcoded-secret
const adminAuthOptions = { secret: 'admin-portal-signing-key-2019', algorithms: ['HS256'], requestProperty: 'admin' };
app.use('/admin', expressJwt(adminAuthOptions));

app.use(
  // expect: hardcoded-secret
  expressJwt({ secret: Buffer.from('bXktdGVhbS1zaWduaW5nLWtleQ==', 'base64'), algorithms: ['HS512'], credentialsRequired: false })
    .unless({ path: ['/health', '/login'] }),
);

function mobileAuth() {
  return expressJwt({
    // expect: hardcoded-secret
    secret: 'mobile-app-v2-secret',
    algorithms: ['HS256'],
    getToken: (req) => req.headers['x-mobile-token'],
  });
}
app.use('/mobile', mobileAuth());

app.use('/api/v2', expressJwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));

app.use(
  '/partner',
  expressJwt({
    secret: jwksRsa.expressJwtSecret({ jwksUri: process.env.PARTNER_JWKS_URI, cache: true, rateLimit: true }),
    algorithms: ['RS256'],
    audience: 'partner-api',
  }),
);

module.exports = app;
