'use strict';

const jwt = require("jsonwebtoken");
const { promisify } = require('util');

const SECRET = process.env.JWT_SECRET;
const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    // expect: jwt-no-verify
    req.user = jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] });
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

function verifyInternal(token) {
  // expect: jwt-no-verify
  return jwt.verify(token, '', { algorithms: ['none'] });
}

function verifyWithCallback(token, cb) {
  // expect: jwt-no-verify
  jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'], audience: 'api' }, cb);
}

const verifyAsync = promisify(jwt.verify);

async function verifyPartner(token, key) {
  // expect: jwt-no-verify
  return verifyAsync(token, key, { algorithms: ['none', 'HS512'] });
}

// Safe look-alikes: pinned algorithms, signing, an explicit rejection of "none".
function verifyStrict(token) {
  return jwt.verify(token, SECRET, { algorithms: ['HS256'] });
}

function issue(userId) {
  return jwt.sign({ sub: userId }, SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

const ALLOWED_ALGS = ['HS256', 'RS256'];

function isAllowedAlg(alg) {
  return alg !== 'none' && ALLOWED_ALGS.includes(alg);
}

module.exports = { authenticate, verifyInternal, verifyWithCallback, verifyPartner, verifyStrict, issue, isAllowedAlg };
