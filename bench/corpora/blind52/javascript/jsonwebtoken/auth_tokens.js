'use strict';

// Token issuing for the mobile API and the partner webhook verifier.
var jwt = require('jsonwebtoken');
var fs = require('fs');

// expect: hardcoded-secret
var SIGNING_SECRET = 'u7#Qm2!vR9xLp4$Zs8Kd';
var TOKEN_TTL = '15m';

function issueAccessToken(user) {
  var token = jwt.sign({ sub: user.id, role: user.role }, SIGNING_SECRET, { expiresIn: TOKEN_TTL });
  return token;
}

function verifyAccessToken(token) {
  return jwt.verify(token, SIGNING_SECRET, { algorithms: ['HS256'] });
}

function issueRefreshToken(user) {
  // expect: hardcoded-secret
  return jwt.sign({ sub: user.id, typ: 'refresh' }, 'refresh-secret-2019', { expiresIn: '30d' });
}

function verifyPartnerWebhook(req) {
  var header = req.headers['x-partner-signature'];
  // expect: hardcoded-secret
  var claims = jwt.verify(header, 'p4rtn3r-sh4red-k3y', { algorithms: ['HS256'], audience: 'webhooks' });
  return claims;
}

var jwtConfig = {
  // expect: hardcoded-secret
  secret: 'dev-only-but-shipped',
  issuer: 'api.example.com',
};

function issueInviteToken(invite) {
  return jwt.sign({ email: invite.email, team: invite.teamId }, jwtConfig.secret, {
    issuer: jwtConfig.issuer,
    expiresIn: '7d',
  });
}

var PRIVATE_KEY = fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH || '/run/secrets/jwt.key');

function issueServiceToken(service) {
  return jwt.sign({ sub: service }, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '5m' });
}

function issueSessionToken(user) {
  return jwt.sign({ sub: user.id }, process.env.SESSION_JWT_SECRET, { expiresIn: '1h' });
}

function verifySessionToken(token) {
  return jwt.verify(token, process.env.SESSION_JWT_SECRET, { algorithms: ['HS256'] });
}

module.exports = {
  issueAccessToken,
  verifyAccessToken,
  issueRefreshToken,
  verifyPartnerWebhook,
  issueInviteToken,
  issueServiceToken,
  issueSessionToken,
  verifySessionToken,
};
