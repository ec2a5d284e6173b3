// library: node:crypto (HMAC signature checks)
const crypto = require('crypto');

const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET;

function sign(body) {
  return crypto.createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex');
}

function verifyWebhook(rawBody, signatureHeader) {
  const expected = sign(rawBody);
  // expect: timing-attack
  return signatureHeader === `sha256=${expected}`;
}

function verifyApiKey(provided, stored) {
  // expect: timing-attack
  if (provided !== stored) throw new Error('invalid api key');
  return true;
}

function verifyWebhookSafe(rawBody, signatureHeader) {
  const expected = Buffer.from(`sha256=${sign(rawBody)}`);
  const got = Buffer.from(String(signatureHeader || ''));
  return expected.length === got.length && crypto.timingSafeEqual(expected, got);
}

function sameEvent(a, b) {
  return a.id === b.id && a.type === b.type;
}

module.exports = { verifyWebhook, verifyApiKey, verifyWebhookSafe, sameEvent };
