'use strict';

const fs = require('fs');
const jose = require('jose');
const { JWK, JWT } = jose;

const signingKey = JWK.asKey(fs.readFileSync(process.env.PARTNER_SIGNING_KEY_PATH));
const ISSUER = 'https://accounts.example.com';

// Token handed to partner widgets embedded on their sites. Anyone holding it
// can base64-decode the payload.
function widgetToken(account) {
  // expect: secret
  return JWT.sign(account, signingKey, { issuer: ISSUER, expiresIn: '30 minutes', header: { typ: 'JWT' } });
}

function apiToken(account, scopes) {
  const claims = {
    sub: String(account.id),
    org: account.orgId,
    scope: scopes.join(' '),
  };
  return JWT.sign(claims, signingKey, { issuer: ISSUER, audience: 'partner-api', expiresIn: '1 hour' });
}

function refreshToken(sessionId) {
  return JWT.sign({ sid: sessionId }, signingKey, { issuer: ISSUER, expiresIn: '14 days' });
}

function verifyApiToken(token) {
  return JWT.verify(token, signingKey, { issuer: ISSUER, audience: 'partner-api' });
}

module.exports = { widgetToken, apiToken, refreshToken, verifyApiToken };

// account rows come from accounts.findById(): id, orgId, email, passwordHash,
// mfaSecret, apiKeyHash, plan, createdAt.
