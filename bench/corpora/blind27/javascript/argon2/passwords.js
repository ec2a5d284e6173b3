const argon2 = require('argon2');

async function hashLegacy(password) {
  // expect: weak-password-hash
  return argon2.hash(password, { type: argon2.argon2i, memoryCost: 2 ** 16 });
}

const fastOptions = { type: argon2.argon2d, timeCost: 2 };

async function hashFast(password) {
  // expect: weak-password-hash
  return argon2.hash(password, fastOptions);
}

async function hash(password) {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 2 ** 16, timeCost: 3 });
}

async function check(hashValue, password) {
  return argon2.verify(hashValue, password);
}

module.exports = { hashLegacy, hashFast, hash, check };
