// library: node:crypto (password hashing)
const crypto = require('node:crypto');
const bcrypt = require('bcrypt');

function hashPasswordLegacy(password) {
  // expect: weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

async function hashPassword(password) {
  return bcrypt.hash(password, 12);
}

function hashPasswordSalted(password, salt) {
  // expect: weak-hash
  return crypto.createHash('sha1').update(salt + password).digest('hex');
}

function hashPasswordScrypt(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 64);
  return salt.toString('hex') + ':' + key.toString('hex');
}

function etag(buffer) {
  return '"' + crypto.createHash('md5').update(buffer).digest('hex') + '"';
}

function gravatar(email) {
  return 'https://www.gravatar.com/avatar/' + crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
}

module.exports = { hashPasswordLegacy, hashPassword, hashPasswordSalted, hashPasswordScrypt, etag, gravatar };
