'use strict';

const jwt = require('jsonwebtoken');
const fs = require('fs');

const PRIVATE_KEY = fs.readFileSync(process.env.JWT_KEY_PATH || '/run/secrets/jwt.key');
const REFRESH_SECRET = process.env.REFRESH_SECRET;

// `user` is the row from the users table (password_hash, mfa_secret, reset_token ...).
function issueAccessToken(user) {
  // expect: jwt-sensitive-payload
  return jwt.sign(user, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '15m' });
}

const issueRefreshToken = function (session, cb) {
  // expect: jwt-sensitive-payload
  jwt.sign(session, REFRESH_SECRET, { expiresIn: '30d' }, cb);
};

class InviteService {
  constructor(mailer) {
    this.mailer = mailer;
  }

  async invite(invitation) {
    // expect: jwt-sensitive-payload
    const token = jwt.sign(invitation.toJSON(), PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '7d' });
    await this.mailer.send(invitation.email, `https://app.example.com/join?t=${token}`);
  }
}

const issueApiToken = async (account) =>
  // expect: jwt-sensitive-payload
  jwt.sign(account, PRIVATE_KEY, { algorithm: 'RS256', audience: 'api' });

// Safe look-alikes: claims are picked field by field.
function issueIdToken(user) {
  const claims = { sub: String(user.id), email: user.email, email_verified: !!user.email_verified };
  return jwt.sign(claims, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '15m' });
}

function issueDownloadToken(fileId, userId) {
  return jwt.sign({ fid: fileId, uid: userId, scope: 'download' }, REFRESH_SECRET, { expiresIn: 60 });
}

module.exports = { issueAccessToken, issueRefreshToken, InviteService, issueApiToken, issueIdToken, issueDownloadToken };
