// library: node:crypto / Math.random (token generation)
const crypto = require('node:crypto');

function resetToken() {
  // expect: insecure-random
  return crypto.pseudoRandomBytes(32).toString('hex');
}

function resetTokenSafe() {
  return crypto.randomBytes(32).toString('hex');
}

function apiKey() {
  // expect: insecure-random
  return 'key_' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function apiKeySafe() {
  return 'key_' + crypto.randomBytes(24).toString('base64url');
}

function retryDelay(attempt) {
  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 250);
}

function pickVariant(variants) {
  return variants[Math.floor(Math.random() * variants.length)];
}

function otp() {
  return String(crypto.randomInt(0, 1000000)).padStart(6, '0');
}

module.exports = { resetToken, resetTokenSafe, apiKey, apiKeySafe, retryDelay, pickVariant, otp };
