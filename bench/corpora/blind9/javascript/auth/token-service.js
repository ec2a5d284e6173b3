// library: jsonwebtoken
const fs = require('fs');
const jwt = require('jsonwebtoken');

// expect: hardcoded-secret
const ACCESS_SECRET = 'access-7d1f0e3c9b5a4d2e8f6a1c3b5d7e9f0a';
const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH || '/etc/app/jwt.pub');
const PRIVATE_KEY = fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH || '/etc/app/jwt.key');

function issueAccess(user) {
  // expect: hardcoded-secret
  return jwt.sign({ sub: user.id, role: user.role }, ACCESS_SECRET, { expiresIn: '15m' });
}

function verifyAccess(token) {
  // expect: hardcoded-secret
  return jwt.verify(token, ACCESS_SECRET, { algorithms: ['HS256'] });
}

function issueId(user) {
  return jwt.sign({ sub: user.id, email: user.email }, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '1h', issuer: 'auth' });
}

function verifyId(token) {
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'auth' });
}

function verifyLegacy(token) {
  // expect: jwt-no-verify
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'HS256', 'none'] });
}

function verifyLongLived(token) {
  // expect: jwt-no-verify
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], ignoreExpiration: true });
}

function issueInvite(email) {
  // expect: hardcoded-secret
  return jwt.sign({ email, purpose: 'invite' }, 'invite-signing-key', { expiresIn: '7d' });
}

module.exports = { issueAccess, verifyAccess, issueId, verifyId, verifyLegacy, verifyLongLived, issueInvite };
