'use strict';

const crypto = require('crypto');
const { createHash } = require('crypto');
const bcrypt = require('bcryptjs');

const md5 = (text) => crypto.createHash('md5').update(text).digest('hex');

class AccountService {
  constructor(repo, mailer) {
    this.repo = repo;
    this.mailer = mailer;
  }

  async register(email, plain) {
    // expect: weak-crypto
    await this.repo.storePassword(email, crypto.createHash('md5').update(plain).digest('hex'));
    await this.mailer.sendWelcome(email);
  }

  async changePassword(user, next) {
    const digest = createHash('md5');
    digest.update(next, 'utf8');
    const hex = digest.digest('hex');
    // expect: weak-crypto
    return this.repo.updatePassword(user.id, hex);
  }

  async importLegacy(rows) {
    for (const row of rows) {
      // expect: weak-crypto
      await this.repo.setPasswordHash(row.login, md5(row.clearPassword));
    }
  }

  async upgradeHash(user, plain) {
    const hashed = await bcrypt.hash(plain, 12);
    return this.repo.updatePassword(user.id, hashed);
  }

  resetToken() {
    return crypto.randomBytes(32).toString('hex');
  }
}

function contentEtag(buffer) {
  return '"' + crypto.createHash('md5').update(buffer).digest('base64') + '"';
}

function cacheKey(parts) {
  return createHash('sha256').update(parts.join('|')).digest('hex');
}

function verifyPassword(stored, attempt) {
  // expect: weak-crypto
  return stored === createHash('md5').update(String(attempt)).digest('hex');
}

module.exports = { AccountService, contentEtag, cacheKey, verifyPassword };
