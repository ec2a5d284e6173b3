'use strict';

const crypto = require('crypto');
const { promisify } = require('util');

// Invite codes are made with this promisified generator (below).
// expect: insecure-random
const pseudoRandomBytesAsync = promisify(crypto.pseudoRandomBytes);

function resetToken() {
  // expect: insecure-random
  return crypto.pseudoRandomBytes(32).toString('hex');
}

function sessionId(cb) {
  // expect: insecure-random
  crypto.pseudoRandomBytes(24, (err, buf) => cb(err, buf && buf.toString('base64url')));
}

async function apiKey(prefix) {
  // expect: insecure-random
  const bytes = await promisify(crypto.pseudoRandomBytes)(20);
  return `${prefix}_${bytes.toString('hex')}`;
}

async function inviteCode() {
  const buf = await pseudoRandomBytesAsync(6);
  return buf.toString('hex').toUpperCase();
}

// Safe look-alikes: randomBytes, randomUUID and randomInt.
function csrfToken() {
  return crypto.randomBytes(32).toString('hex');
}

function requestId() {
  return crypto.randomUUID();
}

function otp() {
  return String(crypto.randomInt(0, 1000000)).padStart(6, '0');
}

module.exports = { resetToken, sessionId, apiKey, inviteCode, csrfToken, requestId, otp };
