const crypto = require('crypto');

// expect: secret
const WEBHOOK_SECRET = 'whsec_6f1d2c9a8b7e4f3a2d1c0b9e';

function signOutgoing(body) {
  return crypto.createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex');
}

function signLegacy(body) {
  // expect: secret
  return crypto.createHmac('sha1', 'l3gacy-p4rtner-k3y-2019').update(body).digest('hex');
}

function cookieSignature(value) {
  // expect: secret
  const mac = crypto.createHmac('sha256', 'c00kie-s1gning-k3y-prod');
  return mac.update(value).digest('base64url');
}

function verifyIncoming(body, signature) {
  const expected = crypto.createHmac('sha256', process.env.PARTNER_WEBHOOK_SECRET).update(body).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

function signWithKey(body, key) {
  return crypto.createHmac('sha256', key).update(body).digest('hex');
}

function checksum(body) {
  return crypto.createHash('sha256').update(body).digest('hex');
}

module.exports = { signOutgoing, signLegacy, cookieSignature, verifyIncoming, signWithKey, checksum };
