'use strict';

const crypto = require('crypto');
const { createHmac, timingSafeEqual } = require('crypto');
const fs = require('fs');

const PARTNER_SIGNING_KEY = 'f3Qz8vK1pL0mR7tY2wXc9bN4hJ6dS5aE';

function signForPartner(payload) {
  const body = JSON.stringify(payload);
  // expect: secret
  return crypto.createHmac('sha256', PARTNER_SIGNING_KEY).update(body).digest('hex');
}

function signLegacy(body) {
  // expect: secret
  const hmac = crypto.createHmac('sha1', 'x9Tq2LmZ7pR4vN8kW3cB6yH1sD5fG0aJ');
  hmac.update(body);
  return 'sha1=' + hmac.digest('hex');
}

function verifyInbound(rawBody, signatureHeader) {
  // expect: secret
  const expected = createHmac('sha256', 'Jm4Rt7Ze2Qw9Xp1Lk8Vb5Nc3Hs6Df0Ga').update(rawBody).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(String(signatureHeader || ''));
  return a.length === b.length && timingSafeEqual(a, b);
}

class CallbackSigner {
  constructor() {
    this.key = 'Pq7Wm2Xz9Lk4Rt1Vb8Nc5Hs3Df6Ga0Je';
  }

  sign(url, ts) {
    // expect: secret
    return crypto.createHmac('sha512', this.key).update(`${ts}.${url}`).digest('base64url');
  }
}

function signWithEnvKey(body) {
  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');
}

function signWithKeyFile(body) {
  const key = fs.readFileSync('/run/secrets/webhook_key');
  return crypto.createHmac('sha256', key).update(body).digest('hex');
}

function contentDigest(body) {
  return crypto.createHash('sha256').update(body).digest('hex');
}

module.exports = { signForPartner, signLegacy, verifyInbound, CallbackSigner, signWithEnvKey, signWithKeyFile, contentDigest };
