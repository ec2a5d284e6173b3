'use strict';

const jwt = require('jsonwebtoken');
const fs = require('fs');
const path = require('path');

const ISSUER = 'https://auth.example.com';
// expect: hardcoded-secret
const ACCESS_SECRET = 'super-secret-access-key-change-me';
const PUBLIC_KEY = fs.readFileSync(path.join(__dirname, 'keys', 'partner.pub'));

function signAccessToken(user) {
  return jwt.sign(
    { sub: String(user.id), roles: user.roles },
    // expect: hardcoded-secret
    ACCESS_SECRET,
    { expiresIn: '15m', issuer: ISSUER },
  );
}

function verifyAccessToken(token) {
  // expect: hardcoded-secret
  return jwt.verify(token, ACCESS_SECRET, { issuer: ISSUER, algorithms: ['HS256'] });
}

function signRefreshToken(user) {
  return jwt.sign({ sub: String(user.id), typ: 'refresh' }, process.env.REFRESH_SECRET, { expiresIn: '30d' });
}

function verifyRefreshToken(token) {
  return jwt.verify(token, process.env.REFRESH_SECRET, { algorithms: ['HS256'] });
}

function verifyPartnerToken(token) {
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: 'orders-api' });
}

function verifyLegacyToken(token) {
  return jwt.verify(token, process.env.LEGACY_SECRET, {
    // expect: jwt-none-algorithm
    algorithms: ['HS256', 'none'],
  });
}

function verifyKioskToken(token) {
  return jwt.verify(token, process.env.KIOSK_SECRET, {
    algorithms: ['HS256'],
    // expect: jwt-expiration-ignored
    ignoreExpiration: true,
  });
}

function signDownloadLink(fileId) {
  // expect: hardcoded-secret
  return jwt.sign({ fileId }, 'dl-links-2023', { expiresIn: '10m' });
}

module.exports = {
  signAccessToken,
  verifyAccessToken,
  signRefreshToken,
  verifyRefreshToken,
  verifyPartnerToken,
  verifyLegacyToken,
  verifyKioskToken,
  signDownloadLink,
};
