// Outbound HTTP with got, needle and superagent.
const got = require('got');
const needle = require('needle');
const superagent = require('superagent');

const partner = got.extend({ prefixUrl: 'https://api.partner.example.com', timeout: { request: 10000 } });

async function quote(body) {
  return partner.post('quotes', { json: body }).json();
}

async function legacyQuote(body) {
  return got.post('https://legacy.partner.example.com/quotes', {
    json: body,
    // expect: tls-verify-off
    https: { rejectUnauthorized: false },
  }).json();
}

function needleStatus(cb) {
  // expect: tls-verify-off
  needle.get('https://status.partner.example.com', { rejectUnauthorized: false }, cb);
}

async function agentStatus() {
  // expect: tls-verify-off
  return superagent.get('https://status.partner.example.com').disableTLSCerts();
}

async function agentStatusCa(ca) {
  return superagent.get('https://status.partner.example.com').ca(ca);
}

module.exports = { quote, legacyQuote, needleStatus, agentStatus, agentStatusCa };
