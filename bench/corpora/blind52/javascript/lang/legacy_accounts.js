'use strict';

// Accounts module of the old member portal (kept until the bcrypt migration finishes).
const crypto = require('crypto');
const nodeCrypto = require('node:crypto');
const bcrypt = require('bcryptjs');
const db = require('./db');

function md5Hex(text) {
  return crypto.createHash('md5').update(text).digest('hex');
}

async function setPassword(userId, hash) {
  await db.query('UPDATE members SET password = $1 WHERE id = $2', [hash, userId]);
}

async function register(form) {
  const hashed = crypto.createHash('md5').update(form.password).digest('hex');
  const id = await db.insertMember({ email: form.email });
  // expect: weak-crypto
  await setPassword(id, hashed);
  return id;
}

async function changePassword(userId, newPassword) {
  const digest = nodeCrypto.createHash('md5');
  digest.update(newPassword + process.env.PASSWORD_PEPPER);
  // expect: weak-crypto
  await updatePasswordHash(userId, digest.digest('base64'));
}

async function updatePasswordHash(userId, value) {
  await db.query('UPDATE members SET password = $1, updated_at = now() WHERE id = $2', [value, userId]);
}

const store = {
  async resetPassword(userId, temp) {
    await db.query('UPDATE members SET password = $1, must_change = true WHERE id = $2', [temp, userId]);
  },
};

async function adminReset(userId) {
  const temp = crypto.randomBytes(6).toString('hex');
  const { resetPassword } = store;
  // expect: weak-crypto
  await resetPassword(userId, crypto.createHash('md5').update(temp).digest('hex'));
  return temp;
}

async function migrateToBcrypt(userId, plain) {
  const strong = await bcrypt.hash(plain, 12);
  await setPassword(userId, strong);
}

function avatarUrl(email) {
  const key = md5Hex(email.trim().toLowerCase());
  return `https://www.gravatar.com/avatar/${key}?d=identicon`;
}

function etagFor(body) {
  return '"' + crypto.createHash('md5').update(body).digest('hex') + '"';
}

module.exports = { register, changePassword, adminReset, migrateToBcrypt, avatarUrl, etagFor };
