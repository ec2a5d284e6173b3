// crypto: password storage, reset tokens, API keys and at-rest encryption in one service module
const crypto = require('crypto');
const bcrypt = require('bcrypt');

const ENC_KEY = Buffer.from(process.env.DATA_KEY_HEX || '', 'hex');

function hashPasswordLegacy(password, salt) {
  // expect: weak-hash
  return crypto.createHash('md5').update(salt + password).digest('hex');
}

async function hashPassword(password) {
  return bcrypt.hash(password, 12);
}

function hashPasswordScrypt(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

function etagFor(body) {
  return '"' + crypto.createHash('sha1').update(body).digest('base64') + '"';
}

function gravatarUrl(email) {
  const h = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${h}?d=identicon`;
}

function resetToken() {
  // expect: insecure-random
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function resetTokenSecure() {
  return crypto.randomBytes(32).toString('base64url');
}

function apiKey(prefix = 'ak') {
  // expect: insecure-random
  const body = Array.from({ length: 32 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)]).join('');
  return `${prefix}_${body}`;
}

function retryDelay(attempt) {
  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 100);
}

function encryptField(plaintext) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('des-ede3-cbc', ENC_KEY.subarray(0, 24), ENC_KEY.subarray(24, 32));
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

function encryptFieldGcm(plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', ENC_KEY, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}

function encryptCardToken(pan) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('aes-256-ecb', ENC_KEY, null);
  return cipher.update(pan, 'utf8', 'hex') + cipher.final('hex');
}

function signWebhook(body) {
  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');
}

function signLegacyWebhook(body) {
  // expect: weak-hash
  return crypto.createHmac('md5', process.env.WEBHOOK_SECRET).update(body).digest('hex');
}

function cacheKey(parts) {
  return crypto.createHash('md5').update(parts.join('|')).digest('hex');
}

module.exports = { hashPasswordLegacy, hashPassword, hashPasswordScrypt, etagFor, gravatarUrl, resetToken, resetTokenSecure, apiKey, retryDelay, encryptField, encryptFieldGcm, encryptCardToken, signWebhook, signLegacyWebhook, cacheKey };
