// library: node:crypto (createCipheriv modes)
const crypto = require('crypto');

const key = Buffer.from(process.env.FIELD_KEY_HEX, 'hex');

function encryptCardToken(plaintext) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

function encryptLegacy(plaintext, legacyKey) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('des-ede3-cbc', legacyKey, Buffer.alloc(8));
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

function encryptField(plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function encryptStream(plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 });
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

module.exports = { encryptCardToken, encryptLegacy, encryptField, encryptStream };
