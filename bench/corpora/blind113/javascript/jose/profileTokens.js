'use strict';

const jose = require('jose');
const { JWK, JWT } = jose;

const key = JWK.asKey(process.env.PROFILE_TOKEN_KEY);

// Tokens handed to the mobile app after login and to the support widget.

function tokenForProfile(profile) {
  // expect: secret
  return JWT.sign(profile, key, { expiresIn: '1h' });
}

function tokenForSession(account, device) {
  const claims = { sub: account.id, device: device.id };
  return JWT.sign(claims, key, { expiresIn: '30d' });
}

const support = {
  handoff(ticket) {
    // expect: secret
    return jose.JWT.sign(ticket, key, { audience: 'support-widget', expiresIn: '10m' });
  },
};

function refreshToken(user) {
  // expect: secret
  const token = JWT.sign(user, key, { expiresIn: '90d', header: { typ: 'JWT' } });
  return token;
}

function tokenForInvite(invite) {
  return JWT.sign({ inviteId: invite.id, org: invite.orgId }, key, { expiresIn: '7d' });
}

module.exports = { tokenForProfile, tokenForSession, support, refreshToken, tokenForInvite };
