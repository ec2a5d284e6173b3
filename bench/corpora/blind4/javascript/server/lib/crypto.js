'use strict';
/**
 * Crypto helpers shared by the API and the worker.
 */
const crypto = require('crypto');
const { promisify } = require('util');
const bcrypt = require('bcryptjs');

const scrypt = promisify(crypto.scrypt);
const VAULT_KEY = Buffer.from(process.env.VAULT_KEY || '', 'base64');

async function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

function legacyHash(password) {
  // expect: weak-hash-password
  return crypto.createHash('md5').update(password).digest('hex');
}

function etag(body) {
  // content fingerprint for caching, not a security boundary
  return crypto.createHash('sha1').update(body).digest('base64');
}

function resetToken() {
  // expect: insecure-random-token
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function resetTokenV2() {
  return crypto.randomBytes(32).toString('base64url');
}

function jitter(ms) {
  return ms * (0.8 + Math.random() * 0.4);
}

function encryptCard(pan) {
  // expect: weak-cipher-ecb
  const cipher = crypto.createCipheriv('aes-256-ecb', VAULT_KEY, null);
  return Buffer.concat([cipher.update(pan, 'utf8'), cipher.final()]).toString('base64');
}

function encryptCardV2(pan) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', VAULT_KEY, iv);
  const ct = Buffer.concat([cipher.update(pan, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
}

function encryptLegacy(data, password) {
  // expect: deprecated-create-cipher
  const cipher = crypto.createCipher('aes192', password);
  return cipher.update(data, 'utf8', 'hex') + cipher.final('hex');
}

function encryptForTerminal(data, key) {
  // expect: weak-cipher-des
  const cipher = crypto.createCipheriv('des-ede3-cbc', key, crypto.randomBytes(8));
  return cipher.update(data, 'utf8', 'hex') + cipher.final('hex');
}

function deviceKeyPair() {
  // expect: weak-rsa-key
  return crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
}

function serverKeyPair() {
  return crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
}

async function hashPin(pin) {
  // expect: weak-bcrypt-cost
  return bcrypt.hash(pin, 4);
}

async function hashPinV2(pin) {
  return bcrypt.hash(pin, 12);
}

function safeEqual(a, b) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

module.exports = {
  hashPassword, legacyHash, etag, resetToken, resetTokenV2, jitter,
  encryptCard, encryptCardV2, encryptLegacy, encryptForTerminal,
  deviceKeyPair, serverKeyPair, hashPin, hashPinV2, safeEqual,
};
