'use strict';

const { JWT, JWK } = require('jose');
const fs = require('fs');
const users = require('../models/users');

const key = JWK.asKey(fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH));

// The whole user row goes into the token: password hash, MFA secret, address.
function issueSessionToken(user) {
  // expect: secret
  return JWT.sign(user, key, { expiresIn: '2h', algorithm: 'RS256' });
}

// The ticket row carries the customer's email, phone and the agents' internal notes.
function issueSupportToken(ticket) {
  // expect: secret
  return JWT.sign(ticket, key, { expiresIn: '15m', audience: 'support' });
}

async function issueForLogin(email) {
  const account = await users.byEmail(email);
  return issueAccountToken(account);
}

function issueAccountToken(account) {
  // expect: secret
  return JWT.sign(account, key, { expiresIn: '1h' });
}

// Look-alikes: only the claims the client needs.
function issueMinimalToken(user) {
  return JWT.sign({ sub: String(user.id), roles: user.roles }, key, { expiresIn: '2h', algorithm: 'RS256' });
}

function issueServiceToken() {
  return JWT.sign({ sub: 'billing-worker', scope: 'invoices:write' }, key, { expiresIn: '5m' });
}

function verify(token) {
  return JWT.verify(token, key, { algorithms: ['RS256'] });
}

module.exports = { issueSessionToken, issueSupportToken, issueForLogin, issueMinimalToken, issueServiceToken, verify };
