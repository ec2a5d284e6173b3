'use strict';

const jwt = require('jsonwebtoken');
const fs = require('fs');

const PRIVATE_KEY = fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH, 'utf8');
const RESET_SECRET = process.env.RESET_TOKEN_SECRET;

function signAccessToken(user) {
  // expect: secret
  return jwt.sign(user, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '15m' });
}

function createResetToken(account, ttl) {
  // expect: secret
  const token = jwt.sign(account, RESET_SECRET, { expiresIn: ttl || '30m' });
  return `https://shop.example.com/reset?token=${token}`;
}

const signOAuthProfile = function (profile, done) {
  // expect: secret
  jwt.sign(profile, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '1h' }, done);
};

function signRefreshToken(user) {
  return jwt.sign({ sub: user.id, typ: 'refresh' }, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '30d' });
}

function signIdToken(user) {
  const payload = { sub: user.id, email: user.email, name: user.displayName };
  return jwt.sign(payload, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '1h' });
}

function verifyAccessToken(token) {
  return jwt.verify(token, fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH), { algorithms: ['RS256'] });
}

module.exports = { signAccessToken, createResetToken, signOAuthProfile, signRefreshToken, signIdToken, verifyAccessToken };
