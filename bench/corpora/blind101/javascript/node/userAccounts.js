const crypto = require('crypto');
const bcrypt = require('bcrypt');
const User = require('../models/user');

async function register(form) {
  const user = new User({ email: form.email });
  // expect: weak-hash
  user.setPassword(crypto.createHash('md5').update(form.password).digest('hex'));
  await user.save();
  return user;
}

async function resetPassword(user, newPassword) {
  // expect: weak-hash
  await updatePassword(user.id, crypto.createHash('md5').update(newPassword + user.salt).digest('hex'));
}

async function importLegacy(row) {
  const md5 = crypto.createHash('md5');
  md5.update(row.plain);
  const digest = md5.digest('hex');
  // expect: weak-hash
  await storePasswordHash(row.userId, digest);
}

function changePassword(account, next) {
  // expect: weak-hash
  return account.savePassword(crypto.createHash("md5").update(next).digest("base64"));
}

async function updatePassword(userId, hash) {
  return User.updateOne({ _id: userId }, { passwordHash: hash });
}

async function storePasswordHash(userId, hash) {
  return User.updateOne({ _id: userId }, { legacyHash: hash });
}

async function registerSecure(form) {
  const user = new User({ email: form.email });
  user.setPassword(await bcrypt.hash(form.password, 12));
  await user.save();
  return user;
}

function avatarUrl(email) {
  const hash = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${hash}`;
}

function passwordResetToken() {
  return crypto.randomBytes(32).toString('hex');
}

module.exports = { register, resetPassword, importLegacy, changePassword, registerSecure, avatarUrl, passwordResetToken };
