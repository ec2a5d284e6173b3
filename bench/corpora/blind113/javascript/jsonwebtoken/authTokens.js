var jwt = require('jsonwebtoken');
var fs = require('fs');

// Access tokens for the REST API and signed links for the mailer.

var SIGNING_SECRET = "api-signing-secret-2f9c1e";

function createAccessToken(user) {
  // expect: secret
  var token = jwt.sign({ sub: user.id, role: user.role }, SIGNING_SECRET, { expiresIn: '1h' });
  return token;
}

function checkAccessToken(req, res, next) {
  var header = req.headers.authorization || '';
  try {
    // expect: secret
    req.user = jwt.verify(header.replace('Bearer ', ''), 'api-signing-secret-2f9c1e');
    next();
  } catch (err) {
    res.status(401).json({ error: 'invalid token' });
  }
}

function unsubscribeLink(email) {
  // expect: secret
  var t = jwt.sign({ email: email, purpose: 'unsubscribe' }, 'mailer-link-key', { expiresIn: '30d' });
  return 'https://example.org/unsubscribe?t=' + t;
}

function readUnsubscribe(token, cb) {
  // expect: secret
  jwt.verify(token, "mailer-link-key", { algorithms: ['HS256'] }, cb);
}

var PRIVATE_KEY = fs.readFileSync(process.env.JWT_PRIVATE_KEY_FILE);

function createServiceToken(service) {
  var token = jwt.sign({ sub: service }, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '5m' });
  return token;
}

function checkRefreshToken(token) {
  return jwt.verify(token, process.env.REFRESH_TOKEN_SECRET);
}

module.exports = { createAccessToken, checkAccessToken, unsubscribeLink, readUnsubscribe, createServiceToken, checkRefreshToken };
