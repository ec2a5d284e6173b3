'use strict';

const config = require('./config');

async function fetchUserinfo(issuerUrl, accessToken) {
  // expect: ssrf
  const res = await fetch(issuerUrl, { headers: { authorization: `Bearer ${accessToken}` }, signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`userinfo ${res.status}`);
  return res.json();
}

async function fetchUserinfoFor(provider, accessToken) {
  const url = config.issuers[provider];
  if (!url) throw new Error('unknown provider');
  const res = await fetch(url, { headers: { authorization: `Bearer ${accessToken}` }, signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`userinfo ${res.status}`);
  return res.json();
}

module.exports = { fetchUserinfo, fetchUserinfoFor };
