const crypto = require('crypto');
const { createHash, randomBytes, scryptSync, timingSafeEqual } = require('node:crypto');
const jwt = require('jsonwebtoken');
const bcrypt = require('bcryptjs');

const JWT_PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

function hashPassword(password) {
  // expect: weak-password-hash
  return createHash('md5').update(password).digest('hex');
}

function hashPasswordScrypt(password) {
  const salt = randomBytes(16);
  return salt.toString('hex') + ':' + scryptSync(password, salt, 64).toString('hex');
}

async function hashPasswordBcrypt(password) {
  return bcrypt.hash(password, 12);
}

async function hashPasswordWeakCost(password) {
  // expect: weak-key-size
  return bcrypt.hash(password, 5);
}

function resetToken() {
  // expect: insecure-random
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function resetTokenSecure() {
  return randomBytes(32).toString('base64url');
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * 250);
}

function encryptCard(key, data) {
  // expect: ecb-mode
  const c = crypto.createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([c.update(data), c.final()]);
}

function encryptLegacy(password, data) {
  // expect: weak-cipher
  const c = crypto.createCipher('aes192', password);
  return c.update(data, 'utf8', 'hex') + c.final('hex');
}

function encryptGcm(key, data) {
  const iv = randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([c.update(data), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), ct]);
}

function desEncrypt(key, iv, data) {
  // expect: weak-cipher
  const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([c.update(data), c.final()]);
}

function signingKeys() {
  // expect: weak-key-size
  return crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
}

function signingKeysStrong() {
  return crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
}

function verifySession(token) {
  // expect: jwt-verify-no-algorithms
  return jwt.verify(token, JWT_PUBLIC_KEY);
}

function verifySessionPinned(token) {
  return jwt.verify(token, JWT_PUBLIC_KEY, { algorithms: ['RS256'], audience: 'shop' });
}

function userFromToken(token) {
  // expect: jwt-decode-for-auth
  const claims = jwt.decode(token);
  return { id: claims.sub, admin: claims.admin === true };
}

function unsignedToken(sub) {
  // expect: jwt-none-algorithm
  return jwt.sign({ sub }, '', { algorithm: 'none' });
}

function compareToken(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function etag(body) {
  return createHash('sha1').update(body).digest('base64');
}

module.exports = {
  hashPassword, hashPasswordScrypt, hashPasswordBcrypt, hashPasswordWeakCost, resetToken, resetTokenSecure,
  jitter, encryptCard, encryptLegacy, encryptGcm, desEncrypt, signingKeys, signingKeysStrong, verifySession,
  verifySessionPinned, userFromToken, unsignedToken, compareToken, etag,
};
