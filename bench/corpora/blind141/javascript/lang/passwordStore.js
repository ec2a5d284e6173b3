const crypto = require('crypto');
const bcrypt = require('bcrypt');
const db = require('./db');

async function registerUser(email, password) {
  const digest = crypto.createHash('md5').update(password).digest('hex');
  // expect: weak-hash
  await db.users.savePassword(email, digest);
}

async function resetPassword(user, newPassword) {
  const hashed = crypto.createHash("md5").update(user.salt + newPassword).digest('hex');
  // expect: weak-hash
  await updatePassword(user.id, hashed);
}

async function migrateLegacy(user, plain) {
  // expect: weak-hash
  return setPasswordHash(user.id, crypto.createHash('md5').update(plain).digest('hex'));
}

async function registerUserSafely(email, password) {
  const hash = await bcrypt.hash(password, 12);
  await db.users.savePassword(email, hash);
}

function avatarUrl(email) {
  const id = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${id}`;
}

function etagOf(body) {
  return crypto.createHash('md5').update(body).digest('hex');
}

async function updatePassword(id, hash) { return db.users.update(id, { passwordHash: hash }); }
async function setPasswordHash(id, hash) { return db.users.update(id, { passwordHash: hash }); }

module.exports = { registerUser, resetPassword, migrateLegacy, registerUserSafely, avatarUrl, etagOf };
