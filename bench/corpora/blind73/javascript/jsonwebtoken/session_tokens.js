'use strict';

var jwt = require('jsonwebtoken');
var fs = require('fs');

// expect: hardcoded-secret
var SECRET = 'dev-secret-do-not-use';

function issueSession(user) {
  // expect: hardcoded-secret
  return jwt.sign({ sub: user.id, email: user.email }, 'keyboard cat', { expiresIn: '7d' });
}

function requireSession(req, res, next) {
  var token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    req.user = jwt.verify(token, SECRET, { algorithms: ['HS256'] });
    next();
  } catch (err) {
    res.status(401).json({ error: 'invalid token' });
  }
}

function readResetToken(token) {
  // expect: hardcoded-secret
  var decoded = jwt.verify(token, "s3cr3t", { algorithms: ['HS256'] });
  return decoded.userId;
}

// expect: hardcoded-secret
function issueServiceToken(payload, secret = 'fallback-service-secret') {
  return jwt.sign(payload, secret, { expiresIn: '5m', audience: 'internal' });
}

// expect: hardcoded-secret
var REFRESH_SECRET = process.env.REFRESH_SECRET || 'changeme';

function issueRefresh(user) {
  return jwt.sign({ sub: user.id, kind: 'refresh' }, REFRESH_SECRET, { expiresIn: '30d' });
}

// Secrets from the environment (checked at start-up) and an RS256 key pair on disk.
var API_SECRET = process.env.API_JWT_SECRET;
if (!API_SECRET) {
  throw new Error('API_JWT_SECRET is not set');
}
var PRIVATE_KEY = fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH);
var PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH);

function issueApiToken(client) {
  return jwt.sign({ sub: client.id }, API_SECRET, { expiresIn: '15m' });
}

function issueIdToken(user) {
  return jwt.sign({ sub: user.id }, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '1h' });
}

function verifyIdToken(token) {
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
}

module.exports = {
  issueSession, requireSession, readResetToken, issueServiceToken, issueRefresh,
  issueApiToken, issueIdToken, verifyIdToken,
};
