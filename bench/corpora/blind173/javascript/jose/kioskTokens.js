'use strict';

// Tokens for the in-store kiosks and for the staff app (jose 2.x API).
var fs = require('fs');
var jose = require('jose');
var { JWK, JWT } = jose;

// Kiosk tokens: HS256 with a shared key, copied here when the kiosks were set up.
// expect: secret
var KIOSK_SECRET = 'k1osk-Sh4red-2024-ZpQ8vR3mT6wY9bN2cX5';

var staffKey = JWK.asKey(fs.readFileSync(process.env.STAFF_SIGNING_KEY_PATH));
var staffPublic = JWK.asKey(fs.readFileSync(process.env.STAFF_PUBLIC_KEY_PATH));

function issueKioskToken(storeId, kioskId) {
  var key = JWK.asKey(KIOSK_SECRET);
  var token = JWT.sign({ store: storeId, kiosk: kioskId, scope: 'kiosk' }, key, {
    algorithm: 'HS256',
    expiresIn: '12 hours',
    issuer: 'pos-backend',
  });
  return token;
}

function issueStaffToken(employee) {
  var token = JWT.sign({ sub: String(employee.id), roles: employee.roles }, staffKey, {
    algorithm: 'RS256',
    expiresIn: '8 hours',
    issuer: 'pos-backend',
    audience: 'staff-app',
  });
  return token;
}

function verifyStaffToken(token) {
  var claims = JWT.verify(token, staffPublic, {
    algorithms: ['RS256'],
    issuer: 'pos-backend',
    audience: 'staff-app',
  });
  return claims;
}

function verifyKioskToken(token) {
  return JWT.verify(token, JWK.asKey(KIOSK_SECRET), { algorithms: ['HS256'], issuer: 'pos-backend' });
}

function rotateHint() {
  // The rotation job publishes the staff key's thumbprint; clients compare it at start-up.
  return { kid: staffPublic.kid, thumbprint: staffPublic.thumbprint.sha256 };
}

module.exports = { issueKioskToken, issueStaffToken, verifyStaffToken, verifyKioskToken, rotateHint };
