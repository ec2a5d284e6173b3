// lang: password, signature and token helpers for the auth service
const crypto = require('crypto');

const WEBHOOK_KEY = process.env.WEBHOOK_KEY;

function hashPassword(password, salt) {
  // expect: weak-hash
  return crypto.createHash('md5').update(salt + password).digest('hex');
}

function hashPasswordSafe(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 64);
  return salt.toString('hex') + ':' + key.toString('hex');
}

function etag(body) {
  return crypto.createHash('md5').update(body).digest('hex');
}

function signWebhook(payload) {
  // expect: hardcoded-secret
  return crypto.createHmac('sha256', 'whk_9f8e7d6c5b4a').update(payload).digest('hex');
}

function signWebhookSafe(payload) {
  return crypto.createHmac('sha256', WEBHOOK_KEY).update(payload).digest('hex');
}

function resetToken() {
  // expect: insecure-random
  return crypto.pseudoRandomBytes(24).toString('hex');
}

function resetTokenSafe() {
  return crypto.randomBytes(24).toString('hex');
}

function readHeader(buf) {
  // expect: buffer-noassert
  const len = buf.readUInt32LE(0, true);
  const kind = buf.readUInt8(4);
  return { len, kind };
}

function oauthState(returnTo) {
  // expect: csrf
  return Buffer.from(JSON.stringify({ returnTo })).toString('base64');
}

function oauthStateSafe(returnTo) {
  const nonce = crypto.randomBytes(16).toString('hex');
  const body = Buffer.from(JSON.stringify({ returnTo, nonce })).toString('base64url');
  const mac = crypto.createHmac('sha256', WEBHOOK_KEY).update(body).digest('base64url');
  return `${body}.${mac}`;
}

module.exports = { hashPassword, hashPasswordSafe, etag, signWebhook, signWebhookSafe, resetToken, resetTokenSafe, readHeader, oauthState, oauthStateSafe };
