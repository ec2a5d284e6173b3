const crypto = require('crypto');

function resetToken() {
  // expect: weak-random
  return crypto.pseudoRandomBytes(32).toString('hex');
}

function requestId() {
  // expect: weak-random
  return crypto.pseudoRandomBytes(8).toString('base64url');
}

function sessionId() {
  return crypto.randomBytes(32).toString('hex');
}

function uuid() {
  return crypto.randomUUID();
}

module.exports = { resetToken, requestId, sessionId, uuid };
