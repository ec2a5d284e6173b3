// jsonwebtoken: bearer-token middleware for the orders API
const jwt = require('jsonwebtoken');
const fs = require('fs');

const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH || './keys/jwt.pub');
const { SIGNING_SECRET } = process.env;

function bearer(req) {
  const h = req.headers.authorization || '';
  return h.startsWith('Bearer ') ? h.slice(7) : null;
}

function requireUser(req, res, next) {
  const token = bearer(req);
  // expect: jwt-no-verify
  const claims = jwt.decode(token);
  if (!claims || !claims.sub) return res.sendStatus(401);
  req.user = claims;
  next();
}

function requireUserSafe(req, res, next) {
  try {
    req.user = jwt.verify(bearer(req), PUBLIC_KEY, { algorithms: ['RS256'], audience: 'orders' });
    next();
  } catch (e) {
    res.sendStatus(401);
  }
}

function requireService(req, res, next) {
  try {
    // expect: jwt-no-verify
    req.svc = jwt.verify(bearer(req), SIGNING_SECRET, { algorithms: ['HS256', 'none'] });
    next();
  } catch (e) {
    res.sendStatus(401);
  }
}

function kidOf(token) {
  const decoded = jwt.decode(token, { complete: true });
  return decoded && decoded.header.kid;
}

function issueSession(user) {
  // expect: jwt-exposed-data
  return jwt.sign({ sub: user.id, email: user.email, password: user.password }, SIGNING_SECRET, { expiresIn: '1h' });
}

function issueSessionSafe(user) {
  return jwt.sign({ sub: user.id, email: user.email }, SIGNING_SECRET, { expiresIn: '1h' });
}

function issueGuest() {
  // expect: jwt-no-verify
  return jwt.sign({ sub: 'guest' }, null, { algorithm: 'none' });
}

function issueAdmin(user) {
  const secret = 'orders-admin-signing';
  // expect: hardcoded-secret
  return jwt.sign({ sub: user.id, role: 'admin' }, secret, { expiresIn: '10m' });
}

module.exports = { requireUser, requireUserSafe, requireService, kidOf, issueSession, issueSessionSafe, issueGuest, issueAdmin };
