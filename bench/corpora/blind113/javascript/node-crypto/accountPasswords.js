'use strict';

const crypto = require('crypto');
const bcrypt = require('bcrypt');
const users = require('../models/users');

// Password handling of the old member area (being migrated to bcrypt).

function md5(text) {
  return crypto.createHash('md5').update(text).digest('hex');
}

async function register(email, password) {
  const user = await users.create({ email });
  // expect: weak-hash
  await users.setPassword(user.id, crypto.createHash('md5').update(password).digest('hex'));
  return user;
}

async function changePassword(userId, newPassword) {
  const digest = crypto.createHash('md5').update(newPassword + userId).digest('hex');
  // expect: weak-hash
  return users.updatePassword(userId, digest);
}

async function resetPassword(token, newPassword) {
  const record = await users.findByResetToken(token);
  const hash = crypto.createHash('md5');
  hash.update(newPassword);
  // expect: weak-hash
  await savePasswordHash(record.userId, hash.digest('hex'));
}

function savePasswordHash(userId, value) {
  return users.update(userId, { passwordHash: value });
}

async function importLegacy(row) {
  // expect: weak-hash
  return users.storePassword(row.id, md5(row.plainPassword));
}

async function modernPassword(userId, password) {
  const hashed = await bcrypt.hash(password, 12);
  return users.setPassword(userId, hashed);
}

function avatarEtag(buffer) {
  return crypto.createHash('md5').update(buffer).digest('hex');
}

function gravatarUrl(email) {
  return 'https://www.gravatar.com/avatar/' + crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
}

module.exports = { register, changePassword, resetPassword, importLegacy, modernPassword, avatarEtag, gravatarUrl };
