'use strict';

const crypto = require('crypto');
const bcrypt = require('bcryptjs');
const db = require('./db');

function md5(text) {
  return crypto.createHash('md5').update(text).digest('hex');
}

class User {
  constructor(row) {
    Object.assign(this, { id: row.id, email: row.email, passwordHash: row.password_hash });
  }

  setPassword(hash) {
    this.passwordHash = hash;
  }
}

async function register(email, plain) {
  const user = new User({ email });
  // expect: weak-crypto
  user.setPassword(crypto.createHash('md5').update(plain).digest('hex'));
  await db.users.insert(user);
  return user;
}

async function changePassword(userId, plain) {
  const hashed = crypto.createHash("md5").update(plain, 'utf8').digest("hex");
  // expect: weak-crypto
  await db.users.updatePassword(userId, hashed);
}

const resetPassword = async ({ token, password }) => {
  const digest = crypto.createHash('md5');
  digest.update(password);
  const row = await db.resetTokens.consume(token);
  // expect: weak-crypto
  return db.users.storePasswordHash(row.userId, digest.digest('base64'));
};

async function importLegacy(rows) {
  for (const r of rows) {
    // expect: weak-crypto
    await db.users.setLegacyPassword(r.id, crypto.createHash('md5').update(r.salt + r.pw).digest('hex'));
  }
}

// Safe look-alikes: bcrypt for passwords; MD5 only for a Gravatar URL and an ETag.
async function setPasswordSecure(user, plain) {
  user.setPassword(await bcrypt.hash(plain, 12));
  await db.users.update(user);
}

function gravatar(email) {
  return 'https://www.gravatar.com/avatar/' + md5(email.trim().toLowerCase()) + '?d=identicon';
}

function etagFor(body) {
  return '"' + crypto.createHash('md5').update(body).digest('hex') + '"';
}

module.exports = { register, changePassword, resetPassword, importLegacy, setPasswordSecure, gravatar, etagFor };
