'use strict';

const fs = require('fs');
const jwt = require("jsonwebtoken");

// Accepts the tokens of three generations of our mobile apps.

const rsaPublic = fs.readFileSync(process.env.APP_TOKEN_PUBLIC_KEY, 'utf8');
const hmacSecret = process.env.APP_TOKEN_SECRET;

function pickKey(header) {
  if (header.alg === 'none') return null; // unsigned v1 tokens carry no key
  if (header.alg === 'RS256') return rsaPublic;
  return hmacSecret;
}

function verifyV3(token) {
  return jwt.verify(token, rsaPublic, { algorithms: ['RS256'], audience: 'app-v3' });
}

function verifyV2(token) {
  return jwt.verify(token, hmacSecret, { algorithms: ['HS256'], audience: 'app-v2' });
}

function verifyV1(token) {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded) throw new Error('malformed token');
  const key = pickKey(decoded.header);
  // v1 builds on old Android sent unsigned tokens; kept "for now"
  // expect: jwt-no-verify
  return jwt.verify(token, key, { algorithms: ['HS256', 'RS256', 'none'] });
}

function verifyAny(token) {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || !decoded.payload) throw new Error('malformed token');
  switch (decoded.payload.aud) {
    case 'app-v3':
      return verifyV3(token);
    case 'app-v2':
      return verifyV2(token);
    default:
      return verifyV1(token);
  }
}

function middleware(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    req.user = verifyAny(token);
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

module.exports = { verifyAny, middleware };
