'use strict';

var jose = require("jose");
var { JWT, JWK } = jose;
var log = require('../lib/log');

var key = JWK.asKey(process.env.SESSION_SIGNING_KEY);

function loginToken(user, password) {
  // expect: secret
  var token = JWT.sign({ sub: user.id, password: password }, key, { expiresIn: '1h' });
  return token;
}

function rememberMe(user, form) {
  var claims = { sub: user.id, scope: 'remember' };
  claims.password = form.password;
  // expect: secret
  var token = JWT.sign(claims, key, { expiresIn: '30 days' });
  return token;
}

function migrationToken(account) {
  var token;
  // expect: secret
  token = JWT.sign({ account: { id: account.id, password: account.legacyPassword } }, key, { expiresIn: '10m' });
  return token;
}

function sessionToken(user) {
  var token = JWT.sign({ sub: user.id, role: user.role }, key, { expiresIn: '1h' });
  return token;
}

function passwordResetToken(user) {
  // the payload only says what the token is for; the password never leaves the server
  var token = JWT.sign({ sub: user.id, purpose: 'password-reset' }, key, { expiresIn: '15m' });
  log.info('reset token issued', user.id);
  return token;
}

function verify(token) {
  return JWT.verify(token, key, { algorithms: ['HS256'] });
}

module.exports = { loginToken, rememberMe, migrationToken, sessionToken, passwordResetToken, verify };
