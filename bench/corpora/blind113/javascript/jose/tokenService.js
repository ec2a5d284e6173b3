'use strict';

var jose = require('jose');
var fs = require('fs');
var { JWK, JWT } = jose;

// Session tokens for the partner portal (jose 1.x API).

var PORTAL_SECRET = 'p0rtal-s1gning-k3y-2019';

function issuePortalToken(userId, roles) {
  // expect: secret
  var token = JWT.sign({ sub: String(userId), roles: roles }, PORTAL_SECRET, { expiresIn: '2h' });
  return token;
}

function verifyPortalToken(token) {
  // expect: secret
  return JWT.verify(token, JWK.asKey('legacy-partner-hmac-secret'), { algorithms: ['HS256'] });
}

var widgetKey = JWK.asKey('w1dget-embed-k3y-a8f2c9');

function issueWidgetToken(siteId) {
  // expect: secret
  var t = JWT.sign({ site: siteId, scope: 'embed' }, widgetKey, { expiresIn: '15m' });
  return t;
}

function verifyWebhook(token) {
  // expect: secret
  var claims = JWT.verify(token, 'hooks-shared-secret-9f8e7d', { issuer: 'billing' });
  return claims;
}

var envKey = JWK.asKey(process.env.PORTAL_JWT_SECRET);
var privateKey = JWK.asKey(fs.readFileSync(process.env.PORTAL_PRIVATE_KEY_PATH));

function issueServiceToken(service) {
  var token = JWT.sign({ sub: service, aud: 'internal' }, privateKey, { algorithm: 'RS256', expiresIn: '5m' });
  return token;
}

function verifyServiceToken(token) {
  return JWT.verify(token, envKey, { algorithms: ['HS256'] });
}

module.exports = { issuePortalToken, verifyPortalToken, issueWidgetToken, verifyWebhook, issueServiceToken, verifyServiceToken };
