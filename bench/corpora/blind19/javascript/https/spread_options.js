// https: spread option objects that switch verification off
const https = require('https');

const base = { timeout: 5000, headers: { 'user-agent': 'inventory-sync/1.4' } };
// expect: tls-verify-off
const insecure = { ...base, rejectUnauthorized: false };
const secure = { ...base, rejectUnauthorized: true };

function request(url, opts, cb) {
  return https.get(url, opts, (res) => {
    let body = '';
    res.on('data', (c) => (body += c));
    res.on('end', () => cb(null, body));
  }).on('error', cb);
}

function syncLegacy(url, cb) {
  return request(url, insecure, cb);
}

function syncVendor(url, cb) {
  return request(url, secure, cb);
}

function syncWithOverride(url, opts, cb) {
  // expect: tls-verify-off
  return request(url, { ...opts, rejectUnauthorized: false }, cb);
}

function syncWithDefaults(url, opts, cb) {
  return request(url, { ...base, ...opts }, cb);
}

module.exports = { syncLegacy, syncVendor, syncWithOverride, syncWithDefaults };
