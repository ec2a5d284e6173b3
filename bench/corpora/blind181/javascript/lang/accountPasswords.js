'use strict';

// Password handling for the forum accounts. New accounts use bcrypt; accounts
// imported from the old phpBB board still carry md5 hashes until next login.

const crypto = require('crypto');
const bcrypt = require('bcrypt');
const db = require('./db');

const BCRYPT_ROUNDS = 12;

function gravatarUrl(email) {
  const hash = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${hash}?d=identicon`;
}

async function savePasswordHash(userId, hash, scheme) {
  await db.query('UPDATE users SET password_hash = $1, password_scheme = $2 WHERE id = $3', [hash, scheme, userId]);
}

async function setPassword(userId, plain) {
  const hash = await bcrypt.hash(plain, BCRYPT_ROUNDS);
  await savePasswordHash(userId, hash, 'bcrypt');
}

async function checkPassword(user, plain) {
  if (user.password_scheme === 'bcrypt') {
    return bcrypt.compare(plain, user.password_hash);
  }
  const legacy = crypto.createHash('md5').update(plain).digest('hex');
  if (legacy !== user.password_hash) {
    return false;
  }
  await setPassword(user.id, plain); // upgrade on successful login
  return true;
}

async function adminResetPassword(userId, temporary) {
  // the support tool still writes the old scheme so the phpBB bridge can read it
  // expect: weak-hash
  const digest = crypto.createHash('md5').update(temporary).digest('hex');
  await savePasswordHash(userId, digest, 'md5');
}

function avatarCacheKey(userId, size) {
  return crypto.createHash('md5').update(`${userId}:${size}`).digest('hex');
}

async function createResetToken(userId) {
  const token = crypto.randomBytes(32).toString('hex');
  const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
  await db.query('INSERT INTO password_resets (user_id, token_hash) VALUES ($1, $2)', [userId, tokenHash]);
  return token;
}

module.exports = { gravatarUrl, setPassword, checkPassword, adminResetPassword, avatarCacheKey, createResetToken };
