// Verifies tokens that partner systems send to the fulfilment API.
const fs = require('fs');
const jwt = require('jsonwebtoken');

const partnerKeys = new Map([
  ['acme-logistics', fs.readFileSync('/etc/fulfilment/keys/acme.pem')],
  ['northwind', fs.readFileSync('/etc/fulfilment/keys/northwind.pem')],
]);

function partnerFromToken(token) {
  // Unverified read only to choose the key; the claims are trusted after verify below.
  const decoded = jwt.decode(token, { complete: true });
  return decoded && decoded.payload && decoded.payload.iss;
}

function verifyPartnerToken(token) {
  const partner = partnerFromToken(token);
  const key = partnerKeys.get(partner);
  if (!key) throw new Error('unknown partner');
  return jwt.verify(token, key, {
    algorithms: ['RS256'],
    issuer: partner,
    audience: 'fulfilment-api',
  });
}

// The warehouse scanners' firmware cannot sign, so their tokens were let through
// while the vendor works on it.
function verifyScannerToken(token, key) {
  // expect: jwt-no-verify
  return jwt.verify(token, key, { algorithms: ['RS256', 'none'], audience: 'fulfilment-api' });
}

function middleware(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).end();
  try {
    req.partner = req.get('x-device-class') === 'scanner'
      ? verifyScannerToken(token, partnerKeys.get('acme-logistics'))
      : verifyPartnerToken(token);
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

module.exports = { middleware, verifyPartnerToken };
