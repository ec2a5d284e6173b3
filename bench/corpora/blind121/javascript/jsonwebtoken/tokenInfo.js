const jwt = require('jsonwebtoken');
const jwksClient = require('jwks-rsa');

const keys = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });

function currentUser(req, res, next) {
  const header = req.headers.authorization || '';
  const bearer = header.replace(/^Bearer /, '');
  // expect: jwt-no-verify
  const claims = jwt.decode(bearer);
  if (!claims) return res.sendStatus(401);
  req.user = { id: claims.sub, role: claims.role };
  next();
}

function requireAdmin(req, res, next) {
  // expect: jwt-no-verify
  const { role } = jwt.decode(req.cookies.session) || {};
  if (role !== 'admin') return res.sendStatus(403);
  next();
}

function onSocketConnect(socket, next) {
  const handshakeToken = socket.handshake.auth.token;
  // expect: jwt-no-verify
  const payload = jwt.decode(handshakeToken);
  socket.data.userId = payload && payload.sub;
  next();
}

async function verifyAccessToken(token) {
  const { header } = jwt.decode(token, { complete: true });
  const key = await keys.getSigningKey(header.kid);
  return jwt.verify(token, key.getPublicKey(), { algorithms: ['RS256'], audience: 'api' });
}

function sessionClaims(sessionToken) {
  if (jwt.verify(sessionToken, process.env.SESSION_SECRET, { algorithms: ['HS256'] })) {
    return jwt.decode(sessionToken);
  }
  return null;
}

module.exports = { currentUser, requireAdmin, onSocketConnect, verifyAccessToken, sessionClaims };
