'use strict';

// Signs outgoing webhooks to merchants and verifies the callbacks our payment
// partner sends us. Signature header: "t=<unix>,v1=<hex hmac>".

const crypto = require('crypto');

// expect: secret
const PARTNER_CALLBACK_KEY = 'pk_cb_7f3a91d2c4e8b6a05d1e9f2a7c3b8d4e6f0a1b2c';
const TOLERANCE_SECONDS = 300;

function merchantSecret(merchant) {
  // per-merchant secret, generated with randomBytes at onboarding and stored encrypted
  return merchant.webhookSecret;
}

function signPayload(merchant, body, timestamp) {
  const mac = crypto.createHmac('sha256', merchantSecret(merchant));
  mac.update(`${timestamp}.${body}`);
  return `t=${timestamp},v1=${mac.digest('hex')}`;
}

function parseHeader(header) {
  const parts = Object.fromEntries(String(header || '').split(',').map((p) => p.split('=')));
  return { timestamp: Number(parts.t), signature: parts.v1 || '' };
}

function verifyPartnerCallback(header, rawBody, now = Date.now() / 1000) {
  const { timestamp, signature } = parseHeader(header);
  if (!timestamp || Math.abs(now - timestamp) > TOLERANCE_SECONDS) {
    return false;
  }
  const expected = crypto.createHmac('sha256', PARTNER_CALLBACK_KEY).update(`${timestamp}.${rawBody}`).digest('hex');
  const a = Buffer.from(expected, 'hex');
  const b = Buffer.from(signature, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function signInternalEvent(event) {
  // the event bus key comes from the secrets manager at boot
  return crypto.createHmac('sha256', process.env.EVENT_BUS_KEY).update(JSON.stringify(event)).digest('base64url');
}

function legacyReceiptToken(orderId) {
  // expect: secret
  return crypto.createHmac('sha1', 'receipts-2019-shared-key').update(String(orderId)).digest('hex').slice(0, 16);
}

function contentEtag(body) {
  return crypto.createHash('sha1').update(body).digest('hex');
}

module.exports = { signPayload, verifyPartnerCallback, signInternalEvent, legacyReceiptToken, contentEtag };
