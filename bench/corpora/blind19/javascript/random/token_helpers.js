// Math.random: token helpers used for password resets and invites
const crypto = require('crypto');

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function randomString(length) {
  let out = '';
  for (let i = 0; i < length; i++) {
    // expect: insecure-random
    out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  }
  return out;
}

function createResetToken(user) {
  // expect: insecure-random
  const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  return { userId: user.id, token, expiresAt: Date.now() + 3600 * 1000 };
}

function createInvite(email) {
  return { email, code: randomString(12) };
}

function createResetTokenSecure(user) {
  const token = crypto.randomBytes(32).toString('hex');
  return { userId: user.id, token, expiresAt: Date.now() + 3600 * 1000 };
}

function retryDelay(attempt) {
  const base = 200 * 2 ** attempt;
  return base + Math.floor(Math.random() * base * 0.2);
}

function pickFeaturedProducts(products, n) {
  const copy = products.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

module.exports = { createResetToken, createInvite, createResetTokenSecure, retryDelay, pickFeaturedProducts };
