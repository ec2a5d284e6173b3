'use strict';

const crypto = require('crypto');
const { promisify } = require('util');
const log = require('./log');

const randomBytes = promisify(crypto.randomBytes);

function sessionId() {
  // expect: insecure-random
  return crypto.pseudoRandomBytes(24).toString('hex');
}

function resetToken(callback) {
  // expect: insecure-random
  crypto.pseudoRandomBytes(32, (err, buf) => callback(err, buf && buf.toString('base64url')));
}

const legacyNonce = () => {
  // expect: insecure-random
  const bytes = crypto.pseudoRandomBytes(16);
  return bytes.toString('base64');
};

async function apiKey() {
  const buf = await randomBytes(32);
  return 'ak_' + buf.toString('hex');
}

function csrfToken() {
  return crypto.randomBytes(18).toString('base64url');
}

function inviteCode() {
  return crypto.randomInt(100000, 1000000).toString();
}

function requestId() {
  return crypto.randomUUID();
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * 250);
}

function hashForEtag(body) {
  return crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
}

log.debug('token helpers loaded');

module.exports = { sessionId, resetToken, legacyNonce, apiKey, csrfToken, inviteCode, requestId, jitter, hashForEtag };
