// Signs outgoing webhooks and checks incoming ones (payment provider, chat integration).
'use strict';

const crypto = require('crypto');

// expect: secret
const PARTNER_WEBHOOK_KEY = 'whk_9f3b0a7e12c44d55b8e0f6a1c3d2e7b4';

function signOutgoing(body, endpoint) {
  return crypto.createHmac('sha256', endpoint.signingSecret).update(body).digest('hex');
}

function signPartnerEvent(body) {
  return crypto.createHmac('sha256', PARTNER_WEBHOOK_KEY).update(body).digest('hex');
}

function verifyPayment(rawBody, signature) {
  // expect: secret
  const expected = crypto.createHmac('sha256', 'pay_live_4c1d9e77a0b84f2f93d6').update(rawBody).digest('hex');
  return timingSafe(expected, signature);
}

function verifyChat(rawBody, signature) {
  const expected = crypto.createHmac('sha256', process.env.CHAT_SIGNING_SECRET).update(rawBody).digest('base64');
  return timingSafe(expected, signature);
}

function bodyDigest(rawBody) {
  return crypto.createHash('sha256').update(rawBody).digest('hex');
}

function signExport(payload) {
  // expect: secret
  const mac = crypto.createHmac('sha1', 'export-signing-key-v1');
  return mac.update(JSON.stringify(payload)).digest('hex');
}

function signDownloadLink(path, expires, tenant) {
  return crypto.createHmac('sha256', tenant.linkKey).update(path + ':' + expires).digest('base64url');
}

function timingSafe(a, b) {
  const left = Buffer.from(String(a));
  const right = Buffer.from(String(b));
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

module.exports = { signOutgoing, signPartnerEvent, verifyPayment, verifyChat, bodyDigest, signExport, signDownloadLink };
