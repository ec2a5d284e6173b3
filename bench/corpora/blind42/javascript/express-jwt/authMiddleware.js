const express = require('express');
const jwt = require('express-jwt');
const { isTokenRevoked } = require('./revocationStore');

const app = express();
const secret = process.env.JWT_SECRET;

// expect: jwt-not-revoked
app.use('/api', jwt({ secret, algorithms: ['HS256'] }));

const adminOptions = {
  secret: process.env.ADMIN_JWT_SECRET,
  algorithms: ['HS256'],
  audience: 'admin',
};
// expect: jwt-not-revoked
const adminAuth = jwt(adminOptions);
app.use('/admin', adminAuth);

function authFor(scope) {
  // expect: jwt-not-revoked
  return jwt({
    secret: process.env.JWT_SECRET,
    algorithms: ['RS256', 'HS256'],
    requestProperty: 'auth',
    getToken: (req) => req.cookies[`${scope}_token`],
  });
}
app.use('/billing', authFor('billing'));

// expect: jwt-not-revoked
app.get('/me', jwt({ secret, algorithms: ['HS256'], credentialsRequired: true }), (req, res) => res.json(req.user));

// Safe look-alikes: a revocation check inline and in an options object.
app.use('/account', jwt({ secret, algorithms: ['HS256'], isRevoked: isTokenRevoked }));

const strictOptions = {
  secret: process.env.JWT_SECRET,
  algorithms: ['HS256'],
  isRevoked: async (req, token) => isTokenRevoked(req, token),
};
app.use('/settings', jwt(strictOptions));

module.exports = app;
