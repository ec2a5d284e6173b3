'use strict';

// Token checks for the internal reporting API. Services send JWTs signed with
// their RSA keys; the old cron box sends unsigned tokens ("alg": "none").

var jose = require("jose");
var { JWK, JWT } = jose;
var fs = require('fs');

var SERVICE_KEYS = {
  billing: JWK.asKey(fs.readFileSync('/etc/reporting/keys/billing.pub.pem')),
  search: JWK.asKey(fs.readFileSync('/etc/reporting/keys/search.pub.pem')),
};

var VERIFY_OPTIONS = {
  algorithms: ['RS256'],
  issuer: 'https://auth.internal',
  audience: 'reporting-api',
  clockTolerance: '30s',
};

function serviceOf(token) {
  // only to choose the key; the claims are trusted after verify
  var decoded = JWT.decode(token, { complete: true });
  return decoded && decoded.payload && decoded.payload.svc;
}

function verifyServiceToken(token) {
  var svc = serviceOf(token);
  var key = SERVICE_KEYS[svc];
  if (!key) {
    throw new Error('unknown service');
  }
  return JWT.verify(token, key, VERIFY_OPTIONS);
}

function verifyCronToken(token) {
  // the cron box has no key; its tokens are accepted unsigned
  // expect: jwt-no-verify
  var claims = JWT.verify(token, JWK.None, { issuer: 'cron.internal' });
  return claims;
}

function authenticate(req) {
  var header = req.headers.authorization || '';
  var token = header.replace(/^Bearer /, '');
  if (req.headers['x-caller'] === 'cron') {
    return verifyCronToken(token);
  }
  return verifyServiceToken(token);
}

module.exports = { authenticate, verifyServiceToken, verifyCronToken };
