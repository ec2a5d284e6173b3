'use strict';

const { JWT, JWK } = require('jose');
const Users = require('../models/user');

const signingKey = JWK.asKey(process.env.JWT_SIGNING_KEY);

function issueSession(user) {
  // expect: secret
  return JWT.sign(user, signingKey, { expiresIn: '1h', issuer: 'accounts' });
}

const issueInvite = function (invite) {
  // expect: secret
  return JWT.sign(invite, signingKey, { expiresIn: '7 days', audience: 'invites' });
};

function loginHandler(req, res) {
  Users.findOne({ email: req.body.email }).lean().then(function (account) {
    if (!account) return res.sendStatus(401);
    // expect: secret
    res.json({ token: JWT.sign(account, signingKey, { expiresIn: '15 minutes' }) });
  });
}

function issueApiToken(user) {
  const claims = { sub: String(user._id), role: user.role, scope: 'api' };
  return JWT.sign(claims, signingKey, { expiresIn: '30 days' });
}

function issueRefresh(user) {
  return JWT.sign({ sub: String(user._id), typ: 'refresh' }, signingKey, { expiresIn: '30 days' });
}

function readToken(token) {
  return JWT.verify(token, signingKey, { issuer: 'accounts' });
}

module.exports = { issueSession, issueInvite, loginHandler, issueApiToken, issueRefresh, readToken };
