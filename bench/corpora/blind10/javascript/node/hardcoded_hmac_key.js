// library: node:crypto (createHmac keys)
const crypto = require('node:crypto');

const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET;

function signPayload(body) {
  // expect: hardcoded-secret
  return crypto.createHmac('sha256', 'whsec_9c1f2e7b4a6d').update(body).digest('hex');
}

function signPayloadEnv(body) {
  return crypto.createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex');
}

function verify(body, signature) {
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

function unsubscribeToken(email) {
  // expect: hardcoded-secret
  const mac = crypto.createHmac('sha1', Buffer.from('unsub-key-31d9'));
  return mac.update(email).digest('base64url');
}

function contentHash(body) {
  return crypto.createHash('sha256').update(body).digest('hex');
}

module.exports = { signPayload, signPayloadEnv, verify, unsubscribeToken, contentHash };
