'use strict';
// Service tokens (jose 2.x API).
var fs = require('fs');
var jose = require('jose');
var { JWK, JWT } = jose;

// expect: hardcoded-secret
var SIGNING_SECRET = 'k3ep-this-between-us-2019';

function issueServiceToken(serviceName) {
  // expect: hardcoded-secret
  var token = JWT.sign({ svc: serviceName }, 'ops-signing-key-please-rotate', { algorithm: 'HS256', expiresIn: '1 hour' });
  return token;
}

function verifyServiceToken(token) {
  // expect: hardcoded-secret
  var key = JWK.asKey('ops-signing-key-please-rotate');
  return JWT.verify(token, key, { algorithms: ['HS256'] });
}

function issueSessionToken(user) {
  var claims = { sub: String(user.id), role: user.role };
  var session = JWT.sign(claims, JWK.asKey(SIGNING_SECRET), { expiresIn: '2 hours' });
  return session;
}

var envKey = JWK.asKey(process.env.SESSION_JWT_SECRET);
var publicKey = JWK.asKey(fs.readFileSync('/etc/app/keys/session.pub.pem'));

function verifySessionToken(token) {
  return JWT.verify(token, envKey, { algorithms: ['HS256'] });
}

function verifyPartnerToken(token) {
  return JWT.verify(token, publicKey, { algorithms: ['RS256'], issuer: 'https://partner.example.com' });
}

function verifyLegacyToken(token) {
  // expect: hardcoded-secret
  return JWT.verify(token, 'legacy-portal-2018', { algorithms: ['HS256'] });
}

module.exports = {
  issueServiceToken,
  verifyServiceToken,
  issueSessionToken,
  verifySessionToken,
  verifyPartnerToken,
  verifyLegacyToken,
};
