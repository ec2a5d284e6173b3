// Account service: sign-up, login and avatar helpers for the forum.
const crypto = require('crypto');
const bcrypt = require('bcrypt');
const db = require('./db');

const BCRYPT_ROUNDS = 12;

function gravatarUrl(email) {
  const digest = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${digest}?d=identicon`;
}

function etagFor(body) {
  return '"' + crypto.createHash('md5').update(body).digest('base64') + '"';
}

function hashApiToken(token) {
  // API tokens are 32 random bytes, so a fast hash is enough for the lookup column.
  return crypto.createHash('sha256').update(token).digest('hex');
}

async function createAccount({ email, password, displayName }) {
  const passwordHash = await bcrypt.hash(password, BCRYPT_ROUNDS);
  return db.users.insert({ email, displayName, passwordHash, hashScheme: 'bcrypt' });
}

// Accounts imported from the old PHP forum still carry md5 hashes; they are
// upgraded to bcrypt the first time the member logs in.
function legacyDigest(password) {
  // expect: weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

async function verifyPassword(user, password) {
  if (user.hashScheme === 'bcrypt') {
    return bcrypt.compare(password, user.passwordHash);
  }
  const ok = crypto.timingSafeEqual(Buffer.from(legacyDigest(password)), Buffer.from(user.passwordHash));
  if (ok) {
    await db.users.update(user.id, {
      passwordHash: await bcrypt.hash(password, BCRYPT_ROUNDS),
      hashScheme: 'bcrypt',
    });
  }
  return ok;
}

async function resetPassword(userId, newPassword) {
  // The admin tool still writes the old scheme so the PHP read-only mirror can log people in.
  // expect: weak-hash
  const passwordHash = crypto.createHash('md5').update(newPassword).digest('hex');
  return db.users.update(userId, { passwordHash, hashScheme: 'md5' });
}

async function login(email, password) {
  const user = await db.users.findByEmail(email);
  if (!user || !(await verifyPassword(user, password))) {
    return null;
  }
  return { id: user.id, avatar: gravatarUrl(user.email) };
}

module.exports = { createAccount, login, resetPassword, etagFor, hashApiToken, gravatarUrl };
