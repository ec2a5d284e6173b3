// Token, hash and cipher helpers for the accounts service.
const crypto = require('crypto');

function resetToken() {
  return crypto.randomBytes(32).toString('hex');
}

function resetTokenLegacy() {
  // expect: insecure-random
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function hashPassword(password, salt) {
  return crypto.scryptSync(password, salt, 64).toString('hex');
}

function hashPasswordLegacy(password) {
  // expect: weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

function etag(body) {
  return crypto.createHash('sha1').update(body).digest('base64');
}

function encrypt(key, plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

function encryptLegacy(key, plaintext) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('des-ede3-cbc', key, crypto.randomBytes(8));
  return Buffer.concat([cipher.update(plaintext), cipher.final()]);
}

function encryptBlock(key, block) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([cipher.update(block), cipher.final()]);
}

function keypair() {
  // expect: weak-key
  return crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
}

function strongKeypair() {
  return crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
}

function uiJitter() {
  return Math.floor(Math.random() * 300);
}

module.exports = { resetToken, resetTokenLegacy, hashPassword, hashPasswordLegacy, etag, encrypt, encryptLegacy, encryptBlock, keypair, strongKeypair, uiJitter };
