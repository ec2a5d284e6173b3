// jsonwebtoken: issuing and checking tokens in an Express auth module
const express = require('express');
const jwt = require('jsonwebtoken');
const fs = require('fs');

const router = express.Router();
// expect: hardcoded-secret
const JWT_SECRET = 'sup3r-s3cret-jwt-key-2024';
const ACCESS_SECRET = process.env.JWT_ACCESS_SECRET;
const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH || '/etc/app/jwt.pub');

function issueAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, ACCESS_SECRET, { expiresIn: '15m', algorithm: 'HS256' });
}

function issueLegacyToken(user) {
  return jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '7d' });
}

function requireAuth(req, res, next) {
  const token = (req.get('authorization') || '').replace(/^Bearer /, '');
  try {
    req.user = jwt.verify(token, ACCESS_SECRET, { algorithms: ['HS256'], issuer: 'shop' });
    next();
  } catch (e) {
    res.sendStatus(401);
  }
}

function requireServiceAuth(req, res, next) {
  const token = req.get('x-service-token');
  try {
    req.service = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
    next();
  } catch (e) {
    res.sendStatus(401);
  }
}

function currentUserFromCookie(req) {
  // expect: jwt-no-verify
  const payload = jwt.decode(req.cookies.session);
  return payload ? { id: payload.sub, role: payload.role } : null;
}

function tokenKid(token) {
  const decoded = jwt.decode(token, { complete: true });
  return decoded && decoded.header.kid;
}

function verifyPartnerToken(token) {
  // expect: jwt-no-verify
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
}

function verifyRefresh(token) {
  // expect: jwt-no-verify
  return jwt.verify(token, ACCESS_SECRET, { ignoreExpiration: true });
}

router.get('/me', requireAuth, (req, res) => res.json(req.user));
router.get('/whoami', (req, res) => res.json(currentUserFromCookie(req)));
router.get('/internal/jobs', requireServiceAuth, (req, res) => res.json({ jobs: [] }));
router.post('/refresh', express.json(), (req, res) => {
  try {
    const claims = verifyRefresh(req.body.refreshToken);
    res.json({ accessToken: issueAccessToken({ id: claims.sub, role: claims.role }) });
  } catch {
    res.sendStatus(401);
  }
});

module.exports = { router, issueAccessToken, issueLegacyToken, tokenKid, verifyPartnerToken };
