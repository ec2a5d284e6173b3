const fs = require('fs');
const express = require('express');
const jwt = require('express-jwt');
const jwksRsa = require('jwks-rsa');

const router = express.Router();

// expect: secret
router.use('/api', jwt({ secret: 'shhhhh-shared-api-secret', algorithms: ['HS256'] }).unless({ path: ['/api/login', '/api/health'] }));

// expect: secret
const reportAuth = { secret: 'dev-secret-change-me', algorithms: ['HS256'], requestProperty: 'auth' };
router.use('/reports', jwt(reportAuth));

// expect: secret
router.get('/admin/stats', jwt({ secret: 'admin-panel-signing-key', algorithms: ['HS256'] }), function stats(req, res) {
  res.json({ users: 0 });
});

router.use('/partner', jwt({ secret: process.env.PARTNER_JWT_SECRET, algorithms: ['HS256'] }));

router.use('/sso', jwt({
  secret: jwksRsa.expressJwtSecret({ cache: true, rateLimit: true, jwksUri: 'https://login.example.com/.well-known/jwks.json' }),
  audience: 'https://api.example.com',
  issuer: 'https://login.example.com/',
  algorithms: ['RS256'],
}));

const internalAuth = { secret: fs.readFileSync(process.env.INTERNAL_JWT_PUBLIC_KEY), algorithms: ['RS256'] };
router.use('/internal', jwt(internalAuth));

router.use(function authErrors(err, req, res, next) {
  if (err.name === 'UnauthorizedError') {
    return res.status(401).json({ error: 'invalid token' });
  }
  return next(err);
});

module.exports = router;
