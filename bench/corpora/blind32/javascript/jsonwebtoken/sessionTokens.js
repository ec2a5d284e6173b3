'use strict';
const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET;
const TTL = '12h';

function issueLoginToken(user) {
  // expect: sensitive-data-in-jwt
  return jwt.sign({ id: user.id, email: user.email, password: user.password }, SECRET, { expiresIn: TTL });
}

function issueRememberMe(email, password) {
  const payload = { email, password, remember: true };
  // expect: sensitive-data-in-jwt
  return jwt.sign(payload, SECRET, { expiresIn: '30d' });
}

function issueInvite(body) {
  const claims = { inviter: body.inviter };
  claims.password = body.tempPassword;
  // expect: sensitive-data-in-jwt
  return jwt.sign(claims, SECRET);
}

function issueServiceToken(base, credentials) {
  // expect: sensitive-data-in-jwt
  return jwt.sign(Object.assign({}, base, { user: { name: credentials.name, password: credentials.password } }), SECRET);
}

function issueSafeToken(user) {
  const { password, ...publicFields } = user;
  return jwt.sign({ sub: String(publicFields.id), role: publicFields.role }, SECRET, { expiresIn: TTL });
}

function issuePasswordResetToken(user) {
  return jwt.sign(
    { sub: String(user.id), purpose: 'password-reset', passwordChangedAt: user.passwordChangedAt },
    SECRET,
    { expiresIn: '15m' }
  );
}

function verify(token) {
  return jwt.verify(token, SECRET, { algorithms: ['HS256'] });
}

module.exports = { issueLoginToken, issueRememberMe, issueInvite, issueServiceToken, issueSafeToken, issuePasswordResetToken, verify };
