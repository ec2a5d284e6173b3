'use strict';

const jwt = require('jsonwebtoken');
const { User, Session } = require('../models');

const SIGNING_KEY = process.env.JWT_SIGNING_KEY;
const SIGN_OPTS = { algorithm: 'HS256', expiresIn: '1h', issuer: 'accounts.example' };

function issueAccessToken(user) {
  // expect: secret
  return jwt.sign(user, SIGNING_KEY, SIGN_OPTS);
}

function issueForAccount(account, done) {
  // expect: secret
  jwt.sign(account.get({ plain: true }), SIGNING_KEY, SIGN_OPTS, done);
}

const issueRefreshToken = function (session) {
  // expect: secret
  return jwt.sign(session, SIGNING_KEY, { ...SIGN_OPTS, expiresIn: '30d' });
};

async function login(email) {
  const user = await User.findOne({ where: { email }, raw: true });
  const session = await Session.create({ userId: user.id });
  return { access: issueAccessToken(user), refresh: issueRefreshToken(session.toJSON()) };
}

function issueScopedToken(user) {
  return jwt.sign({ sub: user.id, role: user.role, scope: ['read'] }, SIGNING_KEY, SIGN_OPTS);
}

function issueInviteToken(teamId, email) {
  return jwt.sign({ team: teamId, email, typ: 'invite' }, SIGNING_KEY, { ...SIGN_OPTS, expiresIn: '7d' });
}

module.exports = { issueAccessToken, issueForAccount, issueRefreshToken, login, issueScopedToken, issueInviteToken };
