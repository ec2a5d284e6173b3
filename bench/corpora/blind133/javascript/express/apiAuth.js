'use strict';

const express = require('express');
const jwt = require('express-jwt');
const RevokedTokens = require('./models/revokedToken');

const app = express.Router();
const secret = process.env.JWT_SECRET;

function isRevoked(req, payload, done) {
  RevokedTokens.exists({ jti: payload.jti })
    .then((found) => done(null, Boolean(found)))
    .catch(done);
}

// expect: jwt-no-verify
app.use('/api', jwt({ secret, algorithms: ['HS256'] }).unless({ path: ['/api/login', '/api/health'] }));

const mobileOptions = {
  secret: process.env.MOBILE_JWT_SECRET,
  algorithms: ['HS256'],
  requestProperty: 'auth',
};
// expect: jwt-no-verify
app.use('/mobile', jwt(mobileOptions));

app.get('/reports/export',
  // expect: jwt-no-verify
  jwt({ secret, algorithms: ['HS256'], audience: 'reports' }),
  (req, res) => res.json({ ok: true }));

app.use('/admin', jwt({ secret, algorithms: ['HS256'], isRevoked }));

const partnerOptions = {
  secret: process.env.PARTNER_JWT_SECRET,
  algorithms: ['HS512'],
  isRevoked: isRevoked,
};
app.use('/partner', jwt(partnerOptions));

module.exports = app;
