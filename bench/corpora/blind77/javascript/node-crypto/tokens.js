'use strict';

const crypto = require('crypto');
const nodeCrypto = require('node:crypto');
const { promisify } = require('util');

// Old helper module: reset tokens, API keys and CSRF secrets.
function resetToken() {
  // expect: insecure-random
  return crypto.pseudoRandomBytes(32).toString('hex');
}

function apiKey(prefix, cb) {
  // expect: insecure-random
  crypto.pseudoRandomBytes(24, (err, buf) => {
    if (err) return cb(err);
    cb(null, prefix + '_' + buf.toString('base64url'));
  });
}

// expect: insecure-random
const randomBytesAsync = promisify(crypto.pseudoRandomBytes);

async function csrfSecret() {
  const buf = await randomBytesAsync(18);
  return buf.toString('base64');
}

class SessionIdGenerator {
  constructor(size = 16) {
    this.size = size;
    // expect: insecure-random
    this.source = nodeCrypto.pseudoRandomBytes;
  }

  next() {
    return this.source(this.size).toString('hex');
  }
}

// Safe look-alikes: the CSPRNG functions, and Math.random for retry jitter.
function inviteCode() {
  return crypto.randomBytes(16).toString('hex');
}

function requestId() {
  return crypto.randomUUID();
}

function backoff(attempt) {
  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 250);
}

module.exports = { resetToken, apiKey, csrfSecret, SessionIdGenerator, inviteCode, requestId, backoff };
