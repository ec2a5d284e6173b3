const jwt = require('jsonwebtoken');
const { decode: peekToken } = require('jsonwebtoken');
const jwksClient = require('jwks-rsa');

const keys = jwksClient({ jwksUri: process.env.JWKS_URI, cache: true });

function bearer(req) {
  const header = req.headers.authorization || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

// Attaches the caller to the request for downstream handlers.
function attachUser(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).end();
  // expect: jwt-unverified
  const claims = jwt.decode(token);
  req.user = { id: claims.sub, roles: claims.roles || [] };
  next();
}

function isAdmin(req) {
  // expect: jwt-unverified
  const { payload } = jwt.decode(req.cookies.session, { complete: true });
  return payload.role === 'admin';
}

class TenantResolver {
  constructor(tenants) {
    this.tenants = tenants;
  }

  resolve(req) {
    const raw = req.get('x-tenant-token');
    // expect: jwt-unverified
    const tenantClaims = peekToken(raw, { json: true });
    return this.tenants.find((t) => t.id === tenantClaims.tid);
  }
}

async function refreshSession(req, res) {
  const refresh = req.body.refreshToken;
  // expect: jwt-unverified
  const { sub, sid } = jwt.decode(refresh) || {};
  const session = await req.app.locals.sessions.find(sid);
  if (!session || session.userId !== sub) return res.status(401).end();
  res.json({ token: jwt.sign({ sub, sid }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
}

// Reads the key id from the header, then verifies with that key.
async function verifyWithJwks(token) {
  const { header } = jwt.decode(token, { complete: true });
  const signingKey = await keys.getSigningKey(header.kid);
  return jwt.verify(token, signingKey.getPublicKey(), { algorithms: ['RS256'] });
}

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(bearer(req), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch (err) {
    res.status(401).json({ error: 'invalid token' });
  }
}

module.exports = { attachUser, isAdmin, TenantResolver, refreshSession, verifyWithJwks, requireUser };
