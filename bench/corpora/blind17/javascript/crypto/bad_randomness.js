// library: node:crypto (biased use of random bytes)
const crypto = require('crypto');

const DIGITS = '0123456789';
const ALPHANUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

function otp6() {
  const bytes = crypto.randomBytes(6);
  let out = '';
  // expect: insecure-random
  for (const b of bytes) out += DIGITS[b % 10];
  return out;
}

function recoveryCode() {
  // expect: insecure-random
  return Array.from(crypto.randomBytes(10), (b) => ALPHANUM[b % ALPHANUM.length]).join('');
}

function otp6Safe() {
  return String(crypto.randomInt(0, 1000000)).padStart(6, '0');
}

function recoveryCodeSafe() {
  return Array.from({ length: 10 }, () => ALPHANUM[crypto.randomInt(ALPHANUM.length)]).join('');
}

function sessionId() {
  // 256 possible byte values map evenly onto 16 hex digits
  return crypto.randomBytes(16).toString('hex');
}

module.exports = { otp6, recoveryCode, otp6Safe, recoveryCodeSafe, sessionId };
