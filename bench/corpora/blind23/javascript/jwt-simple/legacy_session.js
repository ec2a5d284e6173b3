// jwt-simple: session tokens of the legacy mobile API
const jwtSimple = require('jwt-simple');
const express = require('express');

const router = express.Router();
const SECRET = process.env.MOBILE_JWT_SECRET;

router.use((req, res, next) => {
  const token = req.get('x-session');
  if (!token) return res.sendStatus(401);
  try {
    // expect: jwt-no-verify
    req.session = jwtSimple.decode(token, SECRET, true);
    next();
  } catch (e) {
    res.sendStatus(401);
  }
});

router.get('/me', (req, res) => {
  res.json({ id: req.session.sub });
});

function verifySession(token) {
  return jwtSimple.decode(token, SECRET, false, 'HS256');
}

function createSession(userId) {
  return jwtSimple.encode({ sub: userId, iat: Date.now() }, SECRET, 'HS256');
}

function createDevSession(userId) {
  // expect: hardcoded-secret
  return jwtSimple.encode({ sub: userId }, 'mobile-dev-secret');
}

function peek(token) {
  const noVerify = true;
  // expect: jwt-no-verify
  return jwtSimple.decode(token, SECRET, noVerify);
}

module.exports = { router, verifySession, createSession, createDevSession, peek };
