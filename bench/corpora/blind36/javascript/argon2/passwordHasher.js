'use strict';
const argon2 = require('argon2');

const LEGACY_OPTIONS = { type: argon2.argon2i, memoryCost: 2 ** 16, timeCost: 3 };
const BASE = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

async function hashPassword(password) {
  // expect: weak-password-hash
  return argon2.hash(password, { type: argon2.argon2d });
}

async function hashLegacy(password) {
  // expect: weak-password-hash
  return argon2.hash(password, LEGACY_OPTIONS);
}

class PasswordService {
  constructor(hasher) {
    this.hasher = hasher;
  }

  async create(user, password) {
    // expect: weak-password-hash
    user.passwordHash = await this.hasher.hash(password, { ...BASE, type: 1 });
    return user;
  }
}

const passwordService = new PasswordService(argon2);

async function rehash(password, variant) {
  const options = Object.assign({}, BASE);
  options.type = variant === 'i' ? argon2.argon2i : argon2.argon2d;
  // expect: weak-password-hash
  return argon2.hash(password, options);
}

async function hashPasswordSafe(password) {
  return argon2.hash(password, { ...BASE, type: argon2.argon2id });
}

async function hashDefault(password) {
  return argon2.hash(password);
}

async function verify(hash, password) {
  return argon2.verify(hash, password);
}

module.exports = { hashPassword, hashLegacy, passwordService, rehash, hashPasswordSafe, hashDefault, verify, argon2 };
