// crypto: md5 / sha1 for stored passwords (CommonJS), next to ETags and bcrypt
const crypto = require('crypto');
const bcrypt = require('bcrypt');

function hashPasswordLegacy(password, salt) {
  // expect: weak-hash
  return crypto.createHash('md5').update(salt + password).digest('hex');
}

function verifyPasswordLegacy(user, password) {
  // expect: weak-hash
  const candidate = crypto.createHash('sha1').update(user.salt + password).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(candidate), Buffer.from(user.passwordHash));
}

async function hashPassword(password) {
  return bcrypt.hash(password, 12);
}

function etagFor(body) {
  return '"' + crypto.createHash('md5').update(body).digest('base64') + '"';
}

function fileChecksum(buffer) {
  return crypto.createHash('sha256').update(buffer).digest('hex');
}

function gravatarUrl(email) {
  const h = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${h}?d=identicon`;
}

module.exports = { hashPasswordLegacy, verifyPasswordLegacy, hashPassword, etagFor, fileChecksum, gravatarUrl };
