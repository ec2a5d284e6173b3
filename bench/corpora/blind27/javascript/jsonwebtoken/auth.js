const jwt = require('jsonwebtoken');
const config = require('./config');

function login(user) {
  // expect: hardcoded-secret
  return jwt.sign({ sub: user.id, role: user.role }, 'sup3r-s3cret-jwt-key', { expiresIn: '1h' });
}

const SECRET = 'another-hardcoded-secret';

function verify(token) {
  // expect: hardcoded-secret
  return jwt.verify(token, SECRET);
}

function loginConfigured(user) {
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

function verifyConfigured(token) {
  return jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] });
}

module.exports = { login, verify, loginConfigured, verifyConfigured };
