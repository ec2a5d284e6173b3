'use strict';

var fs = require('fs');
var path = require('path');
var jwt = require("jsonwebtoken");

// expect: secret
var SIGNING_KEY = "portal-sessions-2021-Hq7vR2kLm9";

var REFRESH_TTL = '14d';
var ACCESS_TTL = '15m';
var ISSUER = 'https://portal.example.org';

var serviceKeyPath = process.env.SERVICE_PUBLIC_KEY || path.join(__dirname, 'keys', 'service.pub');
var servicePublicKey = fs.readFileSync(serviceKeyPath, 'utf8');

function issueAccessToken(user) {
  var claims = { sub: String(user.id), role: user.role };
  var token = jwt.sign(claims, SIGNING_KEY, { expiresIn: ACCESS_TTL, issuer: ISSUER });
  return token;
}

function issueRefreshToken(user) {
  return jwt.sign({ sub: String(user.id), kind: 'refresh' }, process.env.REFRESH_SECRET, {
    expiresIn: REFRESH_TTL,
    issuer: ISSUER,
  });
}

function readRefreshToken(token) {
  return jwt.verify(token, process.env.REFRESH_SECRET, { issuer: ISSUER, algorithms: ['HS256'] });
}

function readLegacyCookie(token) {
  // tokens minted by the 2019 portal, still accepted until the migration ends
  var claims = jwt.verify(token, process.env.LEGACY_COOKIE_SECRET, { algorithms: ['HS256'] });
  return { id: Number(claims.uid), role: claims.role || 'member' };
}

function readServiceToken(token) {
  return jwt.verify(token, servicePublicKey, { algorithms: ['RS256'], issuer: 'billing-service' });
}

function readAccessToken(token) {
  try {
    return jwt.verify(token, SIGNING_KEY, { issuer: ISSUER, algorithms: ['HS256'] });
  } catch (err) {
    return null;
  }
}

module.exports = {
  issueAccessToken: issueAccessToken,
  issueRefreshToken: issueRefreshToken,
  readRefreshToken: readRefreshToken,
  readLegacyCookie: readLegacyCookie,
  readServiceToken: readServiceToken,
  readAccessToken: readAccessToken,
};
