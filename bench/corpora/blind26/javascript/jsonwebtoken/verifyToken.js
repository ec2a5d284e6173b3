const jwt = require('jsonwebtoken');

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

function verifyLoose(token) {
  // expect: jwt-none-alg
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
}

function issueInternal(claims) {
  // expect: jwt-none-alg
  return jwt.sign(claims, null, { algorithm: 'none' });
}

function verify(token) {
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
}

module.exports = { verifyLoose, issueInternal, verify };
