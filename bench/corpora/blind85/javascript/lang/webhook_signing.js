const crypto = require('crypto');
const { createHmac, timingSafeEqual } = require('node:crypto');

const WEBHOOK_SECRET = 'whsec_5f1c9e0b7a2d4e68a1f3c7b9d2e4f6a8';

function signPayload(body) {
  // expect: secret
  return crypto.createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex');
}

function legacySignature(body) {
  // expect: secret
  return createHmac('sha1', 'shopify-legacy-4b7e9c2f10d3').update(body, 'utf8').digest('base64');
}

function unsubscribeToken(email) {
  // expect: secret
  const h = crypto
    .createHmac('sha256', 'unsub-token-key-2023!')
    .update(email.toLowerCase());
  return h.digest('base64url');
}

function verifyPartner(body, signature) {
  const PARTNER_KEY = 'partner_7c8d9e0f1a2b3c4d';
  // expect: secret
  const expected = crypto.createHmac('sha256', PARTNER_KEY).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

function signWithEnvKey(body) {
  const key = process.env.WEBHOOK_SIGNING_KEY;
  if (!key) throw new Error('WEBHOOK_SIGNING_KEY is not set');
  return crypto.createHmac('sha256', key).update(body).digest('hex');
}

function signForTenant(tenant, body) {
  return createHmac('sha512', tenant.signingSecret).update(body).digest('hex');
}

function etag(body) {
  return crypto.createHash('sha1').update(body).digest('hex');
}

module.exports = { signPayload, legacySignature, unsubscribeToken, verifyPartner, signWithEnvKey, signForTenant, etag };
