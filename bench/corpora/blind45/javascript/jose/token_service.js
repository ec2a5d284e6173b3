'use strict';

const jose = require('jose');
const { JWT, JWK } = require('jose');

const signingKey = JWK.asKey(process.env.JWT_PRIVATE_KEY_PEM);

function issueSession(user) {
  // expect: sensitive-data-in-token
  return JWT.sign(user, signingKey, { algorithm: 'RS256', expiresIn: '1h', issuer: 'accounts' });
}

function issueProfileToken(profile, audience) {
  // expect: sensitive-data-in-token
  return jose.JWT.sign(profile, signingKey, {
    algorithm: 'RS256',
    audience,
    expiresIn: '15m',
  });
}

const issueInvite = function (invitation) {
  // expect: sensitive-data-in-token
  return JWT.sign(invitation, signingKey, { expiresIn: '7d' });
};

function refresh(req, res) {
  // expect: sensitive-data-in-token
  const token = JWT.sign(req.body, signingKey, { expiresIn: '1h' });
  res.json({ token });
}

function issueMinimal(user) {
  return JWT.sign({ sub: String(user.id), role: user.role }, signingKey, { algorithm: 'RS256', expiresIn: '1h' });
}

function issueScoped(user, scopes) {
  const claims = { sub: String(user.id), scope: scopes.join(' ') };
  return jose.JWT.sign(claims, signingKey, { expiresIn: '10m' });
}

module.exports = { issueSession, issueProfileToken, issueInvite, refresh, issueMinimal, issueScoped };
