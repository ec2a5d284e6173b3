'use strict';

const fs = require('fs');
const { JWT, JWK } = require('jose');

// expect: hardcoded-secret
const SIGNING_SECRET = 'change-me-please-7f3a9c';
const hmacKey = JWK.asKey(SIGNING_SECRET);

function issueSession(user) {
  return JWT.sign({ sub: String(user.id), role: user.role }, hmacKey, { expiresIn: '2h' });
}

function issueInvite(email) {
  // expect: hardcoded-secret
  const token = JWT.sign({ email, purpose: 'invite' }, 'invite-links-secret-2019', { expiresIn: '7d' });
  return `https://app.example.com/invite/${token}`;
}

function verifyLegacyHeader(req) {
  const raw = (req.headers.authorization || '').slice(7);
  // expect: hardcoded-secret
  return JWT.verify(raw, "legacy-shared-secret", { algorithms: ['HS256'] });
}

// expect: hardcoded-secret
const partnerKey = JWK.asKey({ kty: 'oct', k: 'hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg' });

function verifyPartner(token) {
  return JWT.verify(token, partnerKey, { issuer: 'partner-gateway' });
}

function verifyMobile(token) {
  // expect: hardcoded-secret
  return JWT.verify(token, JWK.asKey('m0bile-app-hmac-key'), { algorithms: ['HS256'] });
}

// Keys from the environment, a mounted PEM file, or generated per process.
const envKey = JWK.asKey(process.env.JWT_SECRET);
const publicKey = JWK.asKey(fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH));
const ephemeralKey = JWK.generateSync('oct', 256);

function issueApiToken(client) {
  return JWT.sign({ sub: client.id, scope: client.scope }, envKey, { expiresIn: '15m' });
}

function verifyIdToken(token) {
  return JWT.verify(token, publicKey, { algorithms: ['RS256'] });
}

function issueCsrfToken(sessionId) {
  return JWT.sign({ sid: sessionId }, ephemeralKey, { expiresIn: '30m' });
}

module.exports = {
  issueSession, issueInvite, verifyLegacyHeader, verifyPartner, verifyMobile,
  issueApiToken, verifyIdToken, issueCsrfToken,
};
