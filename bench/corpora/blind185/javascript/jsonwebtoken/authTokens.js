'use strict';

const jwt = require('jsonwebtoken');
const { findUserByEmail, recordLogin } = require('../db/users');
const bcrypt = require('bcrypt');

const SECRET = process.env.JWT_SECRET;
const OPTIONS = { expiresIn: '1h', issuer: 'accounts.example.org', algorithm: 'HS256' };

// Users come back from the database as whole rows:
// { id, email, role, passwordHash, totpSecret, resetToken, stripeCustomerId, ... }

function issueToken(user) {
  // the whole row goes into a token any browser extension or log can base64-decode
  // expect: secret
  return jwt.sign(user, SECRET, OPTIONS);
}

function issueScopedToken(user, scopes) {
  return jwt.sign({ sub: String(user.id), role: user.role, scopes }, SECRET, OPTIONS);
}

function signClaims(claims) {
  // callers pass claim objects they build themselves (see claimsFor below)
  return jwt.sign(claims, SECRET, OPTIONS);
}

function claimsFor(user) {
  return { sub: String(user.id), email: user.email, role: user.role };
}

function issueSupportToken(user, ticket) {
  const payload = { ...user, ticketId: ticket.id, impersonated: true };
  // expect: secret
  return jwt.sign(payload, SECRET, { ...OPTIONS, expiresIn: '10m' });
}

async function login(email, password) {
  const user = await findUserByEmail(email);
  if (!user) return null;
  const ok = await bcrypt.compare(password, user.passwordHash);
  if (!ok) return null;
  await recordLogin(user.id);
  return { token: issueToken(user), refresh: signClaims(claimsFor(user)) };
}

function verify(token) {
  return jwt.verify(token, SECRET, { issuer: OPTIONS.issuer, algorithms: ['HS256'] });
}

module.exports = { login, issueToken, issueScopedToken, issueSupportToken, signClaims, claimsFor, verify };
