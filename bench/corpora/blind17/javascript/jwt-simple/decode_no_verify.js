// library: jwt-simple
const jwt = require('jwt-simple');

const SECRET = process.env.JWT_SECRET;

function currentUser(req) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  // expect: jwt-no-verify
  const claims = jwt.decode(token, SECRET, true);
  return { id: claims.sub, admin: claims.admin === true };
}

function currentUserFromCookie(req) {
  // expect: jwt-no-verify
  const claims = jwt.decode(req.cookies.session, SECRET, true);
  return claims.sub;
}

function currentUserSafe(req) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  const claims = jwt.decode(token, SECRET, false, 'HS256');
  return { id: claims.sub, admin: claims.admin === true };
}

function issue(userId) {
  return jwt.encode({ sub: userId, exp: Math.floor(Date.now() / 1000) + 3600 }, SECRET, 'HS256');
}

module.exports = { currentUser, currentUserFromCookie, currentUserSafe, issue };
