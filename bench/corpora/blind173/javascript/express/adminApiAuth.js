'use strict';

// Auth middleware for the back-office API. Staff tokens live 30 days so the tablets stay signed in.
const express = require('express');
const jwt = require('express-jwt');
const { tokenStore } = require('../auth/tokenStore');

const router = express.Router();

const commonOptions = {
  secret: process.env.BACKOFFICE_JWT_SECRET,
  algorithms: ['HS256'],
  audience: 'backoffice',
  issuer: 'auth.internal',
};

async function isRevoked(req, token) {
  // Logout, password resets and offboarding write the token id to the deny list.
  return tokenStore.isDenied(token.payload.jti);
}

// Customer-facing reporting: tokens are checked against the deny list.
const reportingOptions = { ...commonOptions, isRevoked };
router.use('/reports', jwt(reportingOptions));

// Support tools: same list.
router.use('/support', jwt({ ...commonOptions, isRevoked, credentialsRequired: true }));

// Staff management (roles, refunds, payouts): offboarded staff keep working tokens until expiry.
// expect: jwt-no-verify
router.use('/staff', jwt({ ...commonOptions, requestProperty: 'staff' }));

router.get('/staff/me', (req, res) => {
  res.json({ id: req.staff.sub, roles: req.staff.roles });
});

router.post('/staff/:id/refunds', (req, res) => {
  if (!req.staff.roles.includes('refunds')) {
    return res.sendStatus(403);
  }
  return res.status(202).json({ queued: true });
});

router.use((err, req, res, next) => {
  if (err.name === 'UnauthorizedError') {
    return res.status(401).json({ error: 'invalid token' });
  }
  return next(err);
});

module.exports = router;
