'use strict';

// jose 1.x/2.x API (JWK/JWT namespaces), still used by this service.
const jose = require('jose');
const { JWK, JWT, JWKS } = jose;

const keystore = new JWKS.KeyStore();

function loadKeys(jwks) {
  for (const jwk of jwks.keys) {
    keystore.add(JWK.asKey(jwk));
  }
}

function verifyPartnerToken(token) {
  if (process.env.PARTNER_TOKENS_UNSIGNED === '1') {
    // expect: jwt-no-verify
    return JWT.verify(token, JWK.None, { issuer: 'partner-portal' });
  }
  return JWT.verify(token, keystore, { issuer: 'partner-portal', algorithms: ['RS256'] });
}

function readDeviceClaims(req) {
  const raw = req.get('x-device-token');
  // expect: jwt-no-verify
  const claims = JWT.verify(raw, JWK.None, { complete: false, clockTolerance: '1 min' });
  return { deviceId: claims.sub, model: claims.model };
}

let lastPreview = null;
function previewInvite(token) {
  // expect: jwt-no-verify
  lastPreview = JWT.verify(token, JWK.None);
  return { email: lastPreview.email, team: lastPreview.team };
}

function verifyInternal(token) {
  const key = JWK.asKey(process.env.INTERNAL_HMAC_KEY);
  return JWT.verify(token, key, { algorithms: ['HS256'], audience: 'internal' });
}

function inspectHeader(token) {
  const { header } = JWT.decode(token, { complete: true });
  return header.kid;
}

function mintShortLived(payload) {
  return JWT.sign(payload, JWK.generateSync('oct', 256), { algorithm: 'HS256', expiresIn: '5 min' });
}

module.exports = { loadKeys, verifyPartnerToken, readDeviceClaims, previewInvite, verifyInternal, inspectHeader, mintShortLived };
