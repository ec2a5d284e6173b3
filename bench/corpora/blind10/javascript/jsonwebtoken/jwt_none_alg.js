// library: jsonwebtoken (algorithm "none")
const jwt = require('jsonwebtoken');

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

function verifyLoose(token) {
  // expect: jwt-no-verify
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
}

function verifyStrict(token) {
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
}

function debugToken(claims) {
  // expect: jwt-no-verify
  return jwt.sign(claims, '', { algorithm: 'none' });
}

function issue(claims) {
  return jwt.sign(claims, process.env.JWT_PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '15m' });
}

module.exports = { verifyLoose, verifyStrict, debugToken, issue };
