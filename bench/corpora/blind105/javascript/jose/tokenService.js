'use strict';

const { JWT, JWK } = require('jose');
const db = require('./db');

const signingKey = JWK.asKey(process.env.JWT_PRIVATE_KEY_PEM);

// Whole database rows go into token payloads here.
function issueAccessToken(user) {
  // expect: secret
  return JWT.sign(user, signingKey, { expiresIn: '15m', issuer: 'accounts' });
}

async function issueCustomerToken(customer) {
  await db.touch(customer.id);
  // expect: secret
  const token = JWT.sign(customer, signingKey, { algorithm: 'RS256', expiresIn: '1h' });
  return token;
}

const jose = require('jose');

const refresh = function (session, key) {
  // expect: secret
  return jose.JWT.sign(session, key, { expiresIn: '30d', audience: 'refresh' });
};

function issueSupportToken(account, agentId) {
  const opts = { expiresIn: '10m', subject: String(agentId) };
  // expect: secret
  return JWT.sign(account, signingKey, opts);
}

// Safe look-alikes: only chosen claims are signed, or tokens are verified.
function issueIdToken(user) {
  return JWT.sign({ sub: String(user.id), role: user.role }, signingKey, { expiresIn: '15m' });
}

function checkToken(token) {
  return JWT.verify(token, signingKey, { issuer: 'accounts' });
}

function issueServiceToken() {
  return JWT.sign({ svc: 'billing-sync' }, signingKey, { expiresIn: '5m' });
}

module.exports = { issueAccessToken, issueCustomerToken, refresh, issueSupportToken, issueIdToken, checkToken, issueServiceToken };
