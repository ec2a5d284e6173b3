'use strict';

// Tokens for password resets, invitations and API keys.
const crypto = require('crypto');
const nodeCrypto = require('node:crypto');
const { pseudoRandomBytes: weakBytes } = require('crypto');
const { promisify } = require('util');

const randomBytesAsync = promisify(crypto.randomBytes);

function resetToken() {
  // expect: insecure-random
  return crypto.pseudoRandomBytes(32).toString('hex');
}

function inviteCode(cb) {
  // expect: insecure-random
  crypto.pseudoRandomBytes(12, (err, buf) => {
    if (err) return cb(err);
    cb(null, buf.toString('base64url'));
  });
}

class ApiKeyIssuer {
  constructor(prefix) {
    this.prefix = prefix;
  }

  issue() {
    // expect: insecure-random
    const secret = nodeCrypto.pseudoRandomBytes(24).toString('base64url');
    return `${this.prefix}_${secret}`;
  }
}

function sessionSalt() {
  // expect: insecure-random
  return weakBytes(16);
}

// Safe look-alikes: the CSPRNG in its sync, callback and promise forms.
function csrfSecret() {
  return crypto.randomBytes(32).toString('hex');
}

async function invitationToken() {
  const buf = await randomBytesAsync(16);
  return buf.toString('base64url');
}

function requestId() {
  return nodeCrypto.randomUUID();
}

module.exports = { resetToken, inviteCode, ApiKeyIssuer, sessionSalt, csrfSecret, invitationToken, requestId };
