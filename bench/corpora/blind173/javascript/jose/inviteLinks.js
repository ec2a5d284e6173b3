'use strict';

// Invitation and magic-link tokens (jose 2.x). The tokens travel in e-mailed URLs.
const jose = require('jose');
const { JWK, JWT } = jose;

const inviteKey = JWK.asKey(process.env.INVITE_SIGNING_KEY);

function createInviteToken(invitee) {
  // invitee is the full row from the invitations table (inviter e-mail, internal notes, the invite code hash).
  // expect: secret
  return JWT.sign(invitee, inviteKey, { algorithm: 'HS256', expiresIn: '7 days' });
}

function createMagicLinkToken(account) {
  return JWT.sign({ sub: String(account.id), purpose: 'login' }, inviteKey, {
    algorithm: 'HS256',
    expiresIn: '15 minutes',
  });
}

function createUnsubscribeToken(claims) {
  // claims is built by the mailer: { sub, list } and nothing else.
  return JWT.sign(claims, inviteKey, { algorithm: 'HS256', expiresIn: '365 days' });
}

function inviteUrl(invitee) {
  return 'https://app.shopfront.io/join?t=' + encodeURIComponent(createInviteToken(invitee));
}

function magicLinkUrl(account) {
  return 'https://app.shopfront.io/magic?t=' + encodeURIComponent(createMagicLinkToken(account));
}

function unsubscribeUrl(userId, list) {
  const token = createUnsubscribeToken({ sub: String(userId), list: list });
  return 'https://app.shopfront.io/unsubscribe?t=' + encodeURIComponent(token);
}

function readInvite(token) {
  const claims = JWT.verify(token, inviteKey, { algorithms: ['HS256'] });
  return { email: claims.email, team: claims.teamId };
}

module.exports = { inviteUrl, magicLinkUrl, unsubscribeUrl, readInvite };
