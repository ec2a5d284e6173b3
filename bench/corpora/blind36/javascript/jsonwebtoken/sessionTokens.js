'use strict';
const jwt = require('jsonwebtoken');
const { sign } = require('jsonwebtoken');

const KEY = process.env.JWT_KEY;

function loginToken(user) {
  // expect: sensitive-data-in-token
  return jwt.sign({ id: user.id, email: user.email, password: user.password }, KEY, { expiresIn: '1h' });
}

function ssoToken(req) {
  const payload = { sub: req.body.username, aud: 'legacy-portal' };
  payload.password = req.body.password;
  // expect: sensitive-data-in-token
  return jwt.sign(payload, KEY, { expiresIn: '5m' });
}

function profileToken(user) {
  // expect: sensitive-data-in-token
  return jwt.sign(Object.assign({}, user.toJSON(), { scope: 'profile' }), KEY);
}

class Handoff {
  issue(email, password) {
    // expect: sensitive-data-in-token
    return sign({ user: { email, password } }, KEY, { algorithm: 'HS256' });
  }
}

function safeToken(user) {
  const { password, passwordHash, ...publicUser } = user.toJSON();
  return jwt.sign({ sub: publicUser.id, email: publicUser.email }, KEY, { expiresIn: '1h' });
}

function resetToken(user) {
  return jwt.sign({ sub: user.id, purpose: 'password-reset', passwordChangedAt: user.passwordChangedAt }, KEY, { expiresIn: '15m' });
}

module.exports = { loginToken, ssoToken, profileToken, Handoff, safeToken, resetToken };
