// Token helpers of the accounts service: sessions, password resets, API keys,
// plus non-secret identifiers (request ids, cache busters).
'use strict';

const crypto = require('crypto');

function newSessionId() {
  // expect: insecure-random
  return crypto.pseudoRandomBytes(32).toString('hex');
}

function newResetToken() {
  return crypto.randomBytes(32).toString('base64url');
}

function newApiKey(prefix) {
  // expect: insecure-random
  const body = crypto.pseudoRandomBytes(24).toString('base64').replace(/[^A-Za-z0-9]/g, '');
  return prefix + '_' + body;
}

function newRequestId() {
  return crypto.randomUUID();
}

function newInviteCode(callback) {
  // expect: insecure-random
  crypto.pseudoRandomBytes(9, function (err, buf) {
    if (err) return callback(err);
    callback(null, buf.toString('base64url'));
  });
}

function newCsrfToken() {
  return crypto.randomBytes(16).toString('hex');
}

function assetVersion(buildInfo) {
  return crypto.createHash('sha1').update(buildInfo.commit).digest('hex').slice(0, 8);
}

function constantTimeEqual(a, b) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

module.exports = { newSessionId, newResetToken, newApiKey, newRequestId, newInviteCode, newCsrfToken, assetVersion, constantTimeEqual };
