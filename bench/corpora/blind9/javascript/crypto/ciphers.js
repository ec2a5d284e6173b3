// library: node:crypto (ciphers)
const crypto = require('crypto');

function encryptLegacy(password, text) {
  // expect: weak-cipher
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function decryptLegacy(password, hex) {
  // expect: weak-cipher
  const decipher = crypto.createDecipher('aes-256-cbc', password);
  return decipher.update(hex, 'hex', 'utf8') + decipher.final('utf8');
}

function encryptCard(key, text) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([cipher.update(text), cipher.final()]).toString('base64');
}

function encryptMainframe(key, iv, text) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

function encrypt(key, text) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
}

module.exports = { encryptLegacy, decryptLegacy, encryptCard, encryptMainframe, encrypt };
