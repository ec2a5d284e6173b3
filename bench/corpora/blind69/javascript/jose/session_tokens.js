'use strict';

var jose = require('jose');
var { JWT, JWK } = jose;

var key = JWK.asKey(process.env.JWT_SECRET);
var ISSUER = 'urn:example:auth';

function issueAccessToken(user) {
  // Safe: only the subject, the role and a timestamp.
  return JWT.sign({ sub: user.id, role: user.role, passwordChangedAt: user.passwordChangedAt }, key, {
    issuer: ISSUER,
    expiresIn: '15m',
  });
}

function issueRememberMe(user) {
  var token;
  // expect: sensitive-data-in-token
  token = JWT.sign({ sub: user.id, password: user.passwordHash }, key, { expiresIn: '30d' });
  return token;
}

function issueReset(user, request) {
  var claims = { sub: user.id, purpose: 'reset' };
  claims.password = request.body.newPassword;
  // expect: sensitive-data-in-token
  var resetToken = JWT.sign(claims, key, { expiresIn: '1h' });
  return resetToken;
}

function issueServiceToken(account) {
  var base = { iss: ISSUER, aud: 'billing' };
  var payload = Object.assign({}, base, { username: account.username, password: account.apiPassword });
  // expect: sensitive-data-in-token
  var serviceToken = JWT.sign(payload, key);
  return serviceToken;
}

function issueProfileToken(user) {
  // expect: sensitive-data-in-token
  var profileToken = JWT.sign({ profile: { email: user.email, password: user.password } }, key, { expiresIn: '1d' });
  return profileToken;
}

function issueFromRow(row) {
  var copy = Object.assign({}, row);
  delete copy.password;
  // Safe: the password field is removed first.
  var rowToken = JWT.sign({ sub: copy.id, name: copy.name }, key);
  return rowToken;
}

module.exports = { issueAccessToken, issueRememberMe, issueReset, issueServiceToken, issueProfileToken, issueFromRow };
