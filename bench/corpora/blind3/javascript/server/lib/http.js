'use strict';

const tls = require('tls');
const https = require('https');
const request = require('request');
const { Agent } = require('undici');

function partnerClient() {
  return new Agent({ connect: { rejectUnauthorized: true, minVersion: 'TLSv1.2' } });
}

function legacyClient() {
  // expect: tls-verify-off
  return new Agent({ connect: { rejectUnauthorized: false } });
}

function legacySocket(host) {
  // expect: weak-tls
  return tls.connect({ host, port: 443, minVersion: 'TLSv1', servername: host });
}

function secureSocket(host) {
  return tls.connect({ host, port: 443, servername: host });
}

function oldStyleGet(url, cb) {
  // expect: tls-verify-off
  request.get({ url, strictSSL: false, timeout: 5000 }, cb);
}

function checkCert(host) {
  return new Promise((resolve, reject) => {
    const req = https.request({ host, method: 'HEAD', checkServerIdentity: tls.checkServerIdentity }, (res) => {
      resolve(res.socket.getPeerCertificate().valid_to);
    });
    req.on('error', reject);
    req.end();
  });
}

module.exports = { partnerClient, legacyClient, legacySocket, secureSocket, oldStyleGet, checkCert };
