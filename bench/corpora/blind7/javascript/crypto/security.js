const crypto = require('crypto');
const bcrypt = require('bcrypt');

const LEGACY_KEY = Buffer.from(process.env.LEGACY_KEY_HEX || '', 'hex');

function hashPasswordLegacy(password) {
  // expect: weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

function hashPasswordV2(password, salt) {
  // expect: weak-hash
  return crypto.createHash('sha1').update(salt + password).digest('hex');
}

async function hashPassword(password) {
  return bcrypt.hash(password, 12);
}

function fileChecksum(buffer) {
  return crypto.createHash('sha256').update(buffer).digest('hex');
}

function etag(body) {
  return '"' + crypto.createHash('md5').update(body).digest('base64') + '"';
}

function encryptLegacy(text) {
  // expect: weak-cipher
  const cipher = crypto.createCipher('aes-256-cbc', process.env.LEGACY_PASSPHRASE);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptCardRef(text) {
  // expect: weak-cipher-mode
  const cipher = crypto.createCipheriv('aes-128-ecb', LEGACY_KEY.subarray(0, 16), null);
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

function encrypt(text, key) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString('base64');
}

function resetToken() {
  // expect: weak-random
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function sessionId() {
  return crypto.randomBytes(32).toString('hex');
}

function otp() {
  // expect: weak-random
  return String(Math.floor(100000 + Math.random() * 900000));
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * 250);
}

function generateKeys() {
  return crypto.generateKeyPairSync('rsa', {
    // expect: weak-key-size
    modulusLength: 1024,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

function safeEqual(a, b) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

module.exports = {
  hashPasswordLegacy, hashPasswordV2, hashPassword, fileChecksum, etag, encryptLegacy,
  encryptCardRef, encrypt, resetToken, sessionId, otp, jitter, generateKeys, safeEqual,
};
