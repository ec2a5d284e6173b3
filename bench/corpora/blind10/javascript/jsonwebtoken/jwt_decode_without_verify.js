// library: jsonwebtoken (decode vs verify)
const jwt = require('jsonwebtoken');

function currentUser(req) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  // expect: jwt-no-verify
  const claims = jwt.decode(token);
  return { id: claims.sub, admin: claims.admin === true };
}

function currentUserVerified(req) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  const claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  return { id: claims.sub, admin: claims.admin === true };
}

function keyIdOf(token) {
  const decoded = jwt.decode(token, { complete: true });
  return decoded && decoded.header.kid;
}

function requireAdmin(req, res, next) {
  // expect: jwt-no-verify
  const { role } = jwt.decode(req.cookies.session) || {};
  if (role !== 'admin') return res.sendStatus(403);
  return next();
}

function expiresAt(token) {
  const payload = jwt.decode(token);
  return payload && payload.exp ? new Date(payload.exp * 1000) : null;
}

module.exports = { currentUser, currentUserVerified, keyIdOf, requireAdmin, expiresAt };
