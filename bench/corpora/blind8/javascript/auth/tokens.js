// library: jsonwebtoken
const fs = require('fs');
const jwt = require('jsonwebtoken');

// expect: hardcoded-secret
const JWT_SECRET = 'super-secret-jwt-key-change-me-later';
const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY || '/etc/app/jwt.pem');
const PRIVATE_KEY = fs.readFileSync(process.env.JWT_PRIVATE_KEY || '/etc/app/jwt.key');

function issueLegacy(user) {
  // expect: hardcoded-secret
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '1h' });
}

function issue(user) {
  return jwt.sign({ sub: user.id, role: user.role }, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '15m' });
}

function verify(token) {
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'https://auth.example.com' });
}

function verifyLegacy(token) {
  // expect: hardcoded-secret
  return jwt.verify(token, JWT_SECRET);
}

function verifyAnyAlg(token) {
  // expect: jwt-no-verify
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
}

function verifyLoose(token) {
  // expect: jwt-no-verify
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], ignoreExpiration: true });
}

function claimsFromCookie(req) {
  // expect: jwt-no-verify
  const claims = jwt.decode(req.cookies.session);
  return claims && claims.role === 'admin';
}

function kid(token) {
  const decoded = jwt.decode(token, { complete: true });
  return decoded ? decoded.header.kid : null;
}

module.exports = { issueLegacy, issue, verify, verifyLegacy, verifyAnyAlg, verifyLoose, claimsFromCookie, kid };
