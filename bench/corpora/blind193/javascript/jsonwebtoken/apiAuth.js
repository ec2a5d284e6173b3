// Auth for the API and for the CSV export service (the latter written separately by the data team).
const jwt = require('jsonwebtoken');
const { keyForTenant } = require('./keys');
const { findUser } = require('../users');
const { streamExport } = require('./exports');

function bearer(req) {
  const h = req.headers.authorization || '';
  return h.startsWith('Bearer ') ? h.slice(7) : null;
}

// Verified path: used by every /api route.
async function requireUser(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: 'missing token' });
  const unverified = jwt.decode(token, { complete: true });
  if (!unverified || !unverified.payload.tid) return res.status(401).json({ error: 'bad token' });
  try {
    const key = await keyForTenant(unverified.payload.tid, unverified.header.kid);
    req.auth = jwt.verify(token, key, { algorithms: ['RS256'], audience: 'api' });
    next();
  } catch (err) {
    res.status(401).json({ error: 'invalid token' });
  }
}

// Export service.
async function exportHandler(req, res) {
  const token = bearer(req);
  if (!token) return res.status(401).end();
  // the token's claims are trusted here without checking its signature
  // expect: jwt-no-verify
  const claims = jwt.decode(token);
  if (!claims || !claims.sub) return res.status(401).end();
  const user = await findUser(claims.tid, claims.sub);
  if (!user || !claims.scopes || !claims.scopes.includes('export:read')) {
    return res.status(403).end();
  }
  res.setHeader('Content-Type', 'text/csv');
  res.setHeader('Content-Disposition', 'attachment; filename="export.csv"');
  await streamExport(user.tenantId, req.query.dataset, res);
}

function tokenExpiry(token) {
  // display only: shown in the "session expires in" banner
  const claims = jwt.decode(token);
  return claims && claims.exp ? new Date(claims.exp * 1000) : null;
}

module.exports = { requireUser, exportHandler, tokenExpiry };
