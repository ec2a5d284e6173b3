// library: node (password-reset and invite tokens)
const crypto = require('crypto');

function resetToken() {
  // expect: insecure-random
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function inviteCode(length = 8) {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let code = '';
  for (let i = 0; i < length; i += 1) {
    // expect: insecure-random
    code += alphabet[Math.floor(Math.random() * alphabet.length)];
  }
  return code;
}

function resetTokenSafe() {
  return crypto.randomBytes(32).toString('base64url');
}

function inviteCodeSafe(length = 8) {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length }, () => alphabet[crypto.randomInt(alphabet.length)]).join('');
}

function retryDelay(attempt) {
  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 250);
}

module.exports = { resetToken, inviteCode, resetTokenSafe, inviteCodeSafe, retryDelay };
