// crypto: algorithm from config with a weak default, inline require, cookie "signature"
const config = require('./config');

const PASSWORD_DIGEST = config.passwordDigest || 'sha1';

function digestPassword(password, salt) {
  // expect: weak-hash
  return require('crypto').createHash(PASSWORD_DIGEST).update(salt + ':' + password).digest('hex');
}

function signCookieValue(value) {
  // expect: weak-hash
  const sig = require('crypto').createHash('md5').update(config.cookieSecret + value).digest('base64');
  return `${value}.${sig}`;
}

function signCookieValueHmac(value) {
  const sig = require('crypto').createHmac('sha256', config.cookieSecret).update(value).digest('base64url');
  return `${value}.${sig}`;
}

function contentId(buffer) {
  return require('crypto').createHash('sha256').update(buffer).digest('hex');
}

function shardFor(userId, shards) {
  const h = require('crypto').createHash('md5').update(String(userId)).digest();
  return h.readUInt32BE(0) % shards;
}

module.exports = { digestPassword, signCookieValue, signCookieValueHmac, contentId, shardFor };
