// argon2: password hashing for the accounts service
const argon2 = require('argon2');

const STRONG = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

async function hashPassword(password) {
  return argon2.hash(password, STRONG);
}

async function hashPasswordFast(password) {
  // expect: weak-hash
  return argon2.hash(password, { type: argon2.argon2d });
}

async function hashPin(pin) {
  const pinOptions = { type: argon2.argon2i, timeCost: 1, memoryCost: 1024 };
  // expect: weak-hash
  return argon2.hash(pin, pinOptions);
}

async function hashRecoveryCode(code) {
  return argon2.hash(code, { type: argon2.argon2id, timeCost: 3 });
}

async function verify(hash, password) {
  try {
    return await argon2.verify(hash, password);
  } catch (err) {
    return false;
  }
}

async function rehashIfNeeded(hash, password) {
  if (argon2.needsRehash(hash, STRONG)) {
    return hashPassword(password);
  }
  return hash;
}

module.exports = { hashPassword, hashPasswordFast, hashPin, hashRecoveryCode, verify, rehashIfNeeded };
