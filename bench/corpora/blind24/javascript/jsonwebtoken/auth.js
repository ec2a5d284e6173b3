// Token helpers for the REST API.
const jwt = require('jsonwebtoken');
const config = require('../config');

function sign(user) {
  return jwt.sign({ sub: user.id, role: user.role }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '1h' });
}

function signLegacy(user) {
  // expect: hardcoded-secret
  return jwt.sign({ sub: user.id }, 'legacy-shared-secret', { expiresIn: '7d' });
}

function verify(token) {
  return jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] });
}

function verifyLenient(token) {
  // expect: jwt-expiration
  return jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'], ignoreExpiration: true });
}

function verifyAnyAlg(token) {
  // expect: jwt-none-alg
  return jwt.verify(token, config.jwtSecret, { algorithms: ['HS256', 'none'] });
}

function readClaims(token) {
  // expect: jwt-no-verify
  const claims = jwt.decode(token);
  return claims.sub;
}

function header(token) {
  return jwt.decode(token, { complete: true }).header.kid;
}

function signUnsigned(payload) {
  // expect: jwt-none-alg
  return jwt.sign(payload, '', { algorithm: 'none' });
}

module.exports = { sign, signLegacy, verify, verifyLenient, verifyAnyAlg, readClaims, header, signUnsigned };
