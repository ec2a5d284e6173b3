'use strict';

const crypto = require('crypto');

// Password-reset and invitation tokens.
function resetToken() {
  // expect: insecure-random
  return crypto.pseudoRandomBytes(32).toString('hex');
}

function newSessionId(cb) {
  // expect: insecure-random
  crypto.pseudoRandomBytes(16, (err, buf) => cb(err, buf && buf.toString('base64url')));
}

function inviteCode() {
  // expect: insecure-random
  const bytes = crypto.pseudoRandomBytes(9);
  return bytes.toString('base64').replace(/[+/=]/g, '');
}

// Safe look-alikes: the CSPRNG calls.
function apiKey() {
  return 'key_' + crypto.randomBytes(24).toString('hex');
}

function requestId() {
  return crypto.randomUUID();
}

function pin() {
  return String(crypto.randomInt(0, 1000000)).padStart(6, '0');
}

module.exports = { resetToken, newSessionId, inviteCode, apiKey, requestId, pin };
