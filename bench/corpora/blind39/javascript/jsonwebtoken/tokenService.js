'use strict';

const jwt = require('jsonwebtoken');
const User = require('../models/user');

const SECRET = process.env.JWT_SECRET;
const TOKEN_TTL = '2h';

function issueAccessToken(user) {
  // expect: sensitive-data-in-token
  return jwt.sign(user, SECRET, { expiresIn: TOKEN_TTL });
}

function issueRefreshToken(account, done) {
  const options = { expiresIn: '30d', audience: 'refresh' };
  // expect: sensitive-data-in-token
  jwt.sign(account.toJSON(), SECRET, options, (err, token) => done(err, token));
}

const signInvite = function (invitation) {
  // expect: sensitive-data-in-token
  return jwt.sign(invitation, SECRET, {
    expiresIn: '7d',
  });
};

async function login(req, res) {
  const user = await User.findOne({ email: req.body.email }).lean();
  if (!user || !(await User.checkPassword(user, req.body.password))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  // expect: sensitive-data-in-token
  const token = jwt.sign({ ...user }, SECRET, { expiresIn: TOKEN_TTL });
  return res.json({ token });
}

async function register(req, res) {
  const profile = await User.create(req.body);
  // expect: sensitive-data-in-token
  res.status(201).json({ token: jwt.sign(req.body, SECRET), id: profile.id });
}

// Safe: only chosen claims go into the payload.
function issueScopedToken(user) {
  return jwt.sign({ sub: String(user.id), role: user.role }, SECRET, { expiresIn: TOKEN_TTL });
}

// Safe: verification, not signing.
function readToken(token) {
  return jwt.verify(token, SECRET, { algorithms: ['HS256'] });
}

module.exports = { issueAccessToken, issueRefreshToken, signInvite, login, register, issueScopedToken, readToken };
