// library: Node crypto / bcrypt
const crypto = require('crypto');
const bcrypt = require('bcrypt');

const KEY = Buffer.from(process.env.DATA_KEY_HEX || '', 'hex');

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

function scryptHash(password) {
  const salt = crypto.randomBytes(16);
  return salt.toString('hex') + ':' + crypto.scryptSync(password, salt, 64).toString('hex');
}

function etag(body) {
  return '"' + crypto.createHash('md5').update(body).digest('base64') + '"';
}

function encryptLegacy(text) {
  // expect: weak-cipher
  const cipher = crypto.createCipher('aes-256-cbc', process.env.LEGACY_PASSPHRASE);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptEcb(text) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('aes-128-ecb', KEY.subarray(0, 16), null);
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

function encrypt(text) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const ct = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
}

function resetToken() {
  return crypto.randomBytes(32).toString('hex');
}

function resetTokenLegacy() {
  // expect: insecure-random
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function retryDelay(attempt) {
  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 100);
}

module.exports = { hashPasswordLegacy, hashPasswordV2, hashPassword, scryptHash, etag, encryptLegacy, encryptEcb, encrypt, resetToken, resetTokenLegacy, retryDelay };
