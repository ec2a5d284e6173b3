// library: node:crypto (hashes)
const crypto = require('crypto');

function hashPassword(password) {
  // expect: weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

function hashPasswordSalted(password, salt) {
  // expect: weak-hash
  return crypto.createHash('sha1').update(salt + password).digest('hex');
}

function hashPasswordScrypt(password) {
  const salt = crypto.randomBytes(16);
  return salt.toString('hex') + ':' + crypto.scryptSync(password, salt, 64).toString('hex');
}

function etag(body) {
  return '"' + crypto.createHash('md5').update(body).digest('base64') + '"';
}

function signWebhook(secret, payload) {
  // expect: weak-hash
  return crypto.createHmac('md5', secret).update(payload).digest('hex');
}

function signWebhookV2(secret, payload) {
  return crypto.createHmac('sha256', secret).update(payload).digest('hex');
}

function resetTokenDigest(token) {
  return crypto.createHash('sha256').update(token).digest('hex');
}

module.exports = { hashPassword, hashPasswordSalted, hashPasswordScrypt, etag, signWebhook, signWebhookV2, resetTokenDigest };
