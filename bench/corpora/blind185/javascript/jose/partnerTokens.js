'use strict';

var fs = require('fs');
var jose = require("jose");
var { JWK, JWT } = jose;

// Tokens exchanged with resellers: they call our order API with a token we
// issued, and we call their webhooks with one signed by our RSA key.

var signingKey = JWK.asKey(fs.readFileSync(process.env.PARTNER_SIGNING_KEY_PATH));
var verifyKeys = new Map();

// expect: secret
var sandboxKey = JWK.asKey("sandbox-partner-hmac-secret-0b1c");

function loadPartnerKey(partner) {
  if (!verifyKeys.has(partner.id)) {
    verifyKeys.set(partner.id, JWK.asKey(partner.publicKeyPem));
  }
  return verifyKeys.get(partner.id);
}

function signWebhook(partner, body) {
  var token = JWT.sign({ partner: partner.id, digest: body.digest }, signingKey, {
    algorithm: 'RS256',
    expiresIn: '5 minutes',
    audience: partner.webhookAudience,
  });
  return token;
}

function verifyPartnerCall(partner, token) {
  var key = loadPartnerKey(partner);
  var claims = JWT.verify(token, key, { algorithms: ['RS256'], issuer: partner.issuer });
  return claims;
}

function verifySandboxCall(token) {
  var claims = JWT.verify(token, sandboxKey, { algorithms: ['HS256'] });
  return Object.assign({ sandbox: true }, claims);
}

function issueSandboxToken(partnerId) {
  var token = JWT.sign({ partner: partnerId, env: 'sandbox' }, signingKey, { algorithm: 'RS256', expiresIn: '1 hour' });
  return token;
}

function describe(token) {
  var decoded = JWT.decode(token, { complete: true });
  return { kid: decoded.header.kid, alg: decoded.header.alg };
}

module.exports = { signWebhook, verifyPartnerCall, verifySandboxCall, issueSandboxToken, describe };
