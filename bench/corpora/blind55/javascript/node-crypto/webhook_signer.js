'use strict';
// Signs outgoing webhooks and checks incoming ones.
const crypto = require('crypto');
const { createHmac: hmac, timingSafeEqual } = require('node:crypto');
const fs = require('fs');

// expect: hardcoded-secret
const LEGACY_SIGNING_KEY = 'b7f3c9e1a2d84f6e9c0b5a7d3e1f2c4a';
const PARTNER_KEYS = {
  // expect: hardcoded-secret
  acme: 'whk_acme_7Qm2Lx9pV4rT8sN1',
  globex: process.env.GLOBEX_WEBHOOK_KEY,
};

function signLegacy(body) {
  return crypto.createHmac('sha1', LEGACY_SIGNING_KEY).update(body).digest('hex');
}

function signV2(body, timestamp) {
  // expect: hardcoded-secret
  return crypto.createHmac('sha256', 'k2_live_4f8a1c9e7b3d5a20').update(`${timestamp}.${body}`).digest('base64');
}

class PartnerVerifier {
  constructor(partner) {
    this.partner = partner;
  }

  verify(body, signature) {
    const expected = hmac('sha256', PARTNER_KEYS[this.partner]).update(body).digest();
    const given = Buffer.from(String(signature), 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

function signExport(csv) {
  // expect: hardcoded-secret
  const mac = hmac('sha512', Buffer.from('export-signing-secret-2023'));
  return mac.update(csv).digest('hex');
}

// Safe: the key comes from the environment or a mounted secret file.
const WEBHOOK_KEY = process.env.WEBHOOK_SIGNING_KEY || fs.readFileSync('/run/secrets/webhook_key', 'utf8').trim();
function sign(body) {
  return crypto.createHmac('sha256', WEBHOOK_KEY).update(body).digest('hex');
}

// Safe: a plain hash needs no key; a per-request random key is generated.
function etag(body) {
  return crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
}
function nonceMac(body) {
  const key = crypto.randomBytes(32);
  return { key: key.toString('hex'), mac: crypto.createHmac('sha256', key).update(body).digest('hex') };
}

module.exports = { signLegacy, signV2, PartnerVerifier, signExport, sign, etag, nonceMac };
