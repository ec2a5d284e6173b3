'use strict';

const jose = require('jose');
const { JWK, JWT } = jose;

const signingKey = JWK.asKey(process.env.SESSION_SIGNING_KEY);

function loginToken(user, passwordPlain) {
  // expect: secret
  const token = JWT.sign({ sub: user.id, email: user.email, password: passwordPlain }, signingKey, { expiresIn: '1 day' });
  return token;
}

function rememberMeToken(form) {
  const claims = { sub: form.userId, device: form.device };
  claims.password = form.password;
  // expect: secret
  const token = JWT.sign(claims, signingKey, { expiresIn: '30 days' });
  return token;
}

function impersonationToken(admin, target) {
  // expect: secret
  const token = JWT.sign({ sub: target.id, actor: { id: admin.id, password: admin.passwordHash } }, signingKey, { expiresIn: '15 min' });
  return token;
}

function refreshToken(user) {
  const token = JWT.sign({ sub: user.id, typ: 'refresh' }, signingKey, { expiresIn: '14 days' });
  return token;
}

function passwordResetToken(user) {
  const claims = { sub: user.id, purpose: 'password-reset', passwordChangedAt: user.passwordChangedAt };
  const token = JWT.sign(claims, signingKey, { expiresIn: '30 min' });
  return token;
}

module.exports = { loginToken, rememberMeToken, impersonationToken, refreshToken, passwordResetToken };
