'use strict';

const crypto = require('crypto');
const { createHash, createHmac, randomBytes } = require('node:crypto');

const KEY = Buffer.from(process.env.DATA_KEY_HEX || '', 'hex');

function legacyEncrypt(text, password) {
  // expect: weak-cipher
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptEcb(buf) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('aes-128-ecb', KEY.subarray(0, 16), null);
  return Buffer.concat([cipher.update(buf), cipher.final()]);
}

function encryptDes(buf, key, iv) {
  // expect: weak-cipher
  const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([c.update(buf), c.final()]);
}

function encrypt(buf) {
  const iv = randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const ct = Buffer.concat([c.update(buf), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), ct]);
}

function hashPassword(password) {
  // expect: weak-hash
  return createHash('md5').update(password).digest('hex');
}

function hashPasswordScrypt(password) {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) => {
    crypto.scrypt(password, salt, 64, (err, dk) => (err ? reject(err) : resolve(`${salt.toString('hex')}:${dk.toString('hex')}`)));
  });
}

function etag(body) {
  return '"' + createHash('sha1').update(body).digest('base64') + '"';
}

function cacheKey(parts) {
  return createHash('md5').update(parts.join('|')).digest('hex');
}

function signWebhook(secret, payload) {
  return createHmac('sha1', secret).update(payload).digest('hex');
}

function resetToken() {
  // expect: insecure-random
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * 250);
}

function apiToken() {
  return randomBytes(32).toString('base64url');
}

function rsaKeys() {
  // expect: weak-key
  return crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
}

module.exports = { legacyEncrypt, encryptEcb, encryptDes, encrypt, hashPassword, hashPasswordScrypt, etag, cacheKey, signWebhook, resetToken, jitter, apiToken, rsaKeys };
