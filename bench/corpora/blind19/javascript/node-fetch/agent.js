// node-fetch: agent option with verification off, inline and via an agent function
const fetch = require('node-fetch');
const https = require('https');
const http = require('http');

const httpAgent = new http.Agent({ keepAlive: true });
// expect: tls-verify-off
const laxAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
const strictAgent = new https.Agent({ keepAlive: true });

async function getJson(url) {
  const res = await fetch(url, { agent: (parsed) => (parsed.protocol === 'http:' ? httpAgent : laxAgent) });
  return res.json();
}

async function getOnce(url) {
  // expect: tls-verify-off
  const res = await fetch(url, { agent: new https.Agent({ rejectUnauthorized: false }) });
  return res.text();
}

async function getJsonStrict(url) {
  const res = await fetch(url, { agent: (parsed) => (parsed.protocol === 'http:' ? httpAgent : strictAgent) });
  return res.json();
}

module.exports = { getJson, getOnce, getJsonStrict };
