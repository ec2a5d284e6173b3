'use strict';

const jose = require('jose');
const { JWT, JWK } = jose;

const signingKey = JWK.asKey(process.env.JWT_PRIVATE_KEY_PEM);

// Issues an access token for a user row loaded from the database.
function issueAccessToken(user) {
  // expect: sensitive-data-in-token
  return JWT.sign(user, signingKey, { expiresIn: '15m', issuer: 'https://id.example.com' });
}

// Refresh tokens carry the whole session record.
function issueRefreshToken(session) {
  // expect: sensitive-data-in-token
  return jose.JWT.sign(session, signingKey, {
    expiresIn: '30d',
    audience: 'refresh',
  });
}

const tokens = {
  forInvite: function (invite) {
    // expect: sensitive-data-in-token
    return JWT.sign(invite, signingKey, { expiresIn: '7d', header: { typ: 'JWT' } });
  },
};

async function loginHandler(req, res) {
  const account = await req.db.accounts.findOne({ email: req.body.email });
  if (!account) return res.status(401).end();
  const token = issueAccessToken(account);
  res.json({ token, refresh: issueRefreshToken(req.session) });
}

// Safe: only chosen claims go into the payload.
function issueIdToken(user) {
  const claims = { sub: String(user.id), email_verified: user.emailVerified };
  return JWT.sign(claims, signingKey, { expiresIn: '5m' });
}

// Safe: an object literal with a subject and a scope.
function issueServiceToken(service) {
  return JWT.sign({ sub: service.name, scope: 'read:metrics' }, signingKey, { expiresIn: '1h' });
}

module.exports = { issueAccessToken, issueRefreshToken, tokens, loginHandler, issueIdToken, issueServiceToken };
