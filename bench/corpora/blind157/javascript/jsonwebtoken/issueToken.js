'use strict';

const jwt = require('jsonwebtoken');
const db = require('../db');
const log = require('../lib/log');

const SECRET = process.env.JWT_SECRET;
const TTL = '15m';

// Rows from `users` carry passwordHash, mfaSecret and resetToken.
async function loadUser(id) {
  return db.one('SELECT * FROM users WHERE id = $1', [id]);
}

function issueAccessToken(user) {
  // expect: secret
  return jwt.sign(user, SECRET, { expiresIn: TTL });
}

function issueRefreshToken(account) {
  log.debug('refresh for', account.id);
  // expect: secret
  return jwt.sign(account, SECRET, { expiresIn: '30d' });
}

const issueImpersonation = function (target, admin) {
  // expect: secret
  return jwt.sign({ ...target, impersonatedBy: admin.id }, SECRET, { expiresIn: '5m' });
};

function issueScopedToken(user, scopes) {
  const claims = { sub: String(user.id), role: user.role, scopes };
  return jwt.sign(claims, SECRET, { expiresIn: TTL });
}

function issueEmailVerification(user) {
  return jwt.sign({ sub: String(user.id), purpose: 'verify-email' }, SECRET, { expiresIn: '1d' });
}

async function login(req, res) {
  const user = await loadUser(req.body.userId);
  const token = issueScopedToken(user, ['read']);
  res.json({ token });
}

module.exports = {
  issueAccessToken,
  issueRefreshToken,
  issueImpersonation,
  issueScopedToken,
  issueEmailVerification,
  login,
};
