// library: jsonwebtoken (secrets placed in the token payload)
const jwt = require('jsonwebtoken');
const bcrypt = require('bcrypt');

const SECRET = process.env.JWT_SECRET;

async function login(user, password) {
  const ok = await bcrypt.compare(password, user.passwordHash);
  if (!ok) return null;
  // expect: credential-leak
  return jwt.sign({ sub: user.id, email: user.email, password }, SECRET, { expiresIn: '1h' });
}

function issueServiceToken(account) {
  // expect: credential-leak
  return jwt.sign({ sub: account.id, apiKey: account.apiKey, scope: 'sync' }, SECRET, { expiresIn: '10m' });
}

function issueSessionToken(user) {
  return jwt.sign({ sub: user.id, role: user.role, name: user.displayName }, SECRET, { expiresIn: '1h' });
}

function issueResetToken(user) {
  const payload = { sub: user.id, purpose: 'password-reset' };
  return jwt.sign(payload, SECRET + user.passwordHash, { expiresIn: '15m' });
}

function issueLegacyToken(user) {
  const claims = {
    sub: user.id,
    // expect: credential-leak
    passwordHash: user.passwordHash,
  };
  return jwt.sign(claims, SECRET, { algorithm: 'HS256' });
}

function verify(token) {
  return jwt.verify(token, SECRET, { algorithms: ['HS256'] });
}

module.exports = { login, issueServiceToken, issueSessionToken, issueResetToken, issueLegacyToken, verify };
