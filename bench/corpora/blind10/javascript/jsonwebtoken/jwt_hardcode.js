// library: jsonwebtoken (sign / verify secrets)
const jwt = require('jsonwebtoken');

// expect: hardcoded-secret
const SECRET = 'my-jwt-secret-4e8f1c2a';

function issue(user) {
  // expect: hardcoded-secret
  return jwt.sign({ sub: user.id, role: user.role }, SECRET, { expiresIn: '1h' });
}

function check(token) {
  // expect: hardcoded-secret
  return jwt.verify(token, SECRET);
}

function issueRefresh(user) {
  // expect: hardcoded-secret
  return jwt.sign({ sub: user.id, typ: 'refresh' }, 'refresh-secret-0b7d', { expiresIn: '30d' });
}

function issueEnv(user) {
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h', algorithm: 'HS256' });
}

function checkEnv(token) {
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
}

module.exports = { issue, check, issueRefresh, issueEnv, checkEnv };
