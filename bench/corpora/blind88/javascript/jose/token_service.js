'use strict';

const fs = require('fs');
const jose = require('jose');
const { JWK, JWT } = jose;

const ISSUER = 'https://auth.example.com';
// expect: secret
const REFRESH_SECRET = 'r3fr3sh-7c1e9a44d02b4f8e9b6a5d3c2f1e0a9b';
const accessKey = JWK.asKey(process.env.ACCESS_TOKEN_SECRET);
const signingKey = JWK.asKey(fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH));

function issueAccessToken(user) {
  return JWT.sign({ sub: user.id, scope: user.scopes.join(' ') }, accessKey, {
    issuer: ISSUER,
    expiresIn: '15m',
    header: { typ: 'JWT' },
  });
}

function issueIdToken(user, clientId) {
  return JWT.sign({ sub: user.id, email: user.email }, signingKey, { issuer: ISSUER, audience: clientId, expiresIn: '1h' });
}

function issueRefreshToken(user) {
  const token = JWT.sign({ sub: user.id, typ: 'refresh' }, REFRESH_SECRET, { expiresIn: '30d' });
  return token;
}

function verifyRefreshToken(token) {
  return JWT.verify(token, REFRESH_SECRET, { issuer: ISSUER });
}

function issueInviteToken(invite) {
  // expect: secret
  const token = JWT.sign({ team: invite.teamId, email: invite.email }, 'invite-signing-key-2f9d8c7b6a5e4d3c', { expiresIn: '7d' });
  return token;
}

function verifyWebhookToken(token) {
  // expect: secret
  return JWT.verify(token, JWK.asKey('whk_6b1f0e9d8c7a6b5e4d3c2b1a0f9e8d7c'), { algorithms: ['HS256'] });
}

// expect: secret
const partnerKey = JWK.asKey('partner-shared-3a9f7e1c5b2d4068a1e3c5b7d9f0a2c4');

function verifyPartnerToken(token) {
  const claims = JWT.verify(token, partnerKey, { algorithms: ['HS256'], issuer: 'partner-gateway' });
  return claims;
}

function verifyAccessToken(token) {
  return JWT.verify(token, accessKey, { issuer: ISSUER, algorithms: ['HS256'] });
}

module.exports = {
  issueAccessToken, issueIdToken, issueRefreshToken, verifyRefreshToken,
  issueInviteToken, verifyWebhookToken, verifyPartnerToken, verifyAccessToken,
};
