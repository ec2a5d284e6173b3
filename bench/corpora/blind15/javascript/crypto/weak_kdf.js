// library: node:crypto (pbkdf2 / scrypt) + bcrypt
const crypto = require('crypto');
const bcrypt = require('bcrypt');

function hashPassword(password, salt) {
  // expect: weak-kdf
  return crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha256').toString('hex');
}

async function hashPin(pin) {
  // expect: weak-kdf
  return bcrypt.hash(pin, 4);
}

function hashPasswordStrong(password) {
  const salt = crypto.randomBytes(16);
  const hash = crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256');
  return `${salt.toString('hex')}:${hash.toString('hex')}`;
}

async function hashPinStrong(pin) {
  return bcrypt.hash(pin, 12);
}

function deriveKey(password, salt) {
  return crypto.scryptSync(password, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

module.exports = { hashPassword, hashPin, hashPasswordStrong, hashPinStrong, deriveKey };
