const express = require('express');
const { expressjwt: jwt } = require('express-jwt');
const revocations = require('../services/revocations');

const app = express();
const isRevoked = async (req, token) => revocations.has(token.payload.jti);

// expect: jwt-no-verify
app.use('/api', jwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }).unless({ path: ['/api/health'] }));

const mobileAuth = {
  secret: process.env.MOBILE_JWT_SECRET,
  algorithms: ['HS256'],
  requestProperty: 'user',
};
// expect: jwt-no-verify
app.use('/mobile', jwt(mobileAuth));

app.get(
  '/reports/:id',
  // expect: jwt-no-verify
  jwt({ secret: process.env.REPORTS_SECRET, algorithms: ['HS256'], audience: 'reports', credentialsRequired: true }),
  (req, res) => res.json({ id: req.params.id, by: req.auth.sub })
);

// expect: jwt-no-verify
const optionalAuth = jwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], credentialsRequired: false });
app.get('/catalog', optionalAuth, (req, res) => res.json({ personalised: Boolean(req.auth) }));

app.use('/admin', jwt({ secret: process.env.ADMIN_JWT_SECRET, algorithms: ['HS512'], isRevoked }));

const partnerAuth = { secret: process.env.PARTNER_SECRET, algorithms: ['HS256'], isRevoked: isRevoked };
app.use('/partner', jwt(partnerAuth));

app.use('/billing', jwt({
  secret: process.env.BILLING_SECRET,
  algorithms: ['HS256'],
  isRevoked: async (req, token) => revocations.has(token.payload.jti) || token.payload.scope !== 'billing',
}));

module.exports = app;
