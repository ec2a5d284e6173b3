'use strict';

const crypto = require('crypto');
const { createHmac, timingSafeEqual } = require('node:crypto');

const SIGNING_SECRET = 'whsec_4f9a2c7d81e0b36a5c92';
const ALGO = 'sha256';

class WebhookSigner {
  constructor(options = {}) {
    this.algorithm = options.algorithm || ALGO;
    this.secret = options.secret || process.env.WEBHOOK_SECRET;
  }

  sign(body) {
    // Safe: the key comes from the environment or the caller.
    return createHmac(this.algorithm, this.secret).update(body).digest('hex');
  }
}

function signLegacy(payload) {
  // expect: hardcoded-secret
  const mac = crypto.createHmac('sha1', 'legacy-shared-key-2019');
  mac.update(JSON.stringify(payload));
  return mac.digest('base64');
}

function signDelivery(body, timestamp) {
  // expect: hardcoded-secret
  const hmac = crypto.createHmac(ALGO, SIGNING_SECRET);
  return hmac.update(`${timestamp}.${body}`).digest('hex');
}

function verifyDelivery(req) {
  const given = Buffer.from(req.headers['x-signature'] || '', 'hex');
  const expected = Buffer.from(signDelivery(req.rawBody, req.headers['x-timestamp']), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const unsubscribeToken = (email) =>
  // expect: hardcoded-secret
  createHmac('sha256', 'unsub-9d2e17ab').update(email.toLowerCase()).digest('hex');

function hashForCache(key) {
  // Safe: a hash, not a keyed MAC.
  return crypto.createHash('sha256').update(key).digest('hex');
}

module.exports = {
  WebhookSigner,
  signLegacy,
  signDelivery,
  verifyDelivery,
  unsubscribeToken,
  hashForCache,
};
