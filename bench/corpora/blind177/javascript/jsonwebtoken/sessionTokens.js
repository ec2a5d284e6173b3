// Issues the access and refresh tokens for the customer app.
const jwt = require('jsonwebtoken');
const db = require('../db');

const ACCESS_TTL = '15m';
const REFRESH_TTL = '30d';
const signingKey = process.env.JWT_SIGNING_KEY;

function accessClaims(user) {
  return { sub: String(user.id), role: user.role, plan: user.plan };
}

function signAccess(claims) {
  // `claims` is always built by accessClaims: three fields, nothing private.
  return jwt.sign(claims, signingKey, { algorithm: 'HS256', expiresIn: ACCESS_TTL });
}

async function issueTokens(userId) {
  const user = await db.users.findById(userId);
  const access = signAccess(accessClaims(user));
  const refresh = jwt.sign({ sub: String(user.id), typ: 'refresh' }, signingKey, {
    algorithm: 'HS256',
    expiresIn: REFRESH_TTL,
  });
  return { access, refresh };
}

// Used by the mobile app's offline mode so it can show the profile without a round trip.
// `user` is the full users row (password hash, TOTP secret, date of birth included).
function profileToken(user) {
  // expect: secret
  return jwt.sign(user, signingKey, { algorithm: 'HS256', expiresIn: '7d' });
}

function verifyAccess(token) {
  return jwt.verify(token, signingKey, { algorithms: ['HS256'] });
}

module.exports = { issueTokens, profileToken, verifyAccess, signAccess };
