'use strict';

const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET;

function issueSession(user) {
  // expect: secret
  return jwt.sign(user, SECRET, { expiresIn: '1h' });
}

function issueRefresh(account, deviceId) {
  // expect: secret
  return jwt.sign(account, SECRET, { expiresIn: '30d', jwtid: deviceId });
}

const tokens = {
  forReset: function (member) {
    // expect: secret
    return jwt.sign(member, SECRET, { expiresIn: '15m' });
  }
};

function issueApiToken(client) {
  const claims = { sub: client.id, scope: client.scopes.join(' ') };
  return jwt.sign(claims, SECRET, { expiresIn: '1d' });
}

function issueInvite(invite) {
  return jwt.sign({ sub: invite.id, team: invite.teamId }, SECRET, { expiresIn: '7d' });
}

module.exports = { issueSession, issueRefresh, tokens, issueApiToken, issueInvite };
