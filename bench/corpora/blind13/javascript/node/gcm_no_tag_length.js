// library: node:crypto AES-GCM decryption (auth tag length not pinned)
const crypto = require('crypto');

const KEY = Buffer.from(process.env.FIELD_KEY_HEX, 'hex');

function encrypt(plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv, { authTagLength: 16 });
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join('.');
}

function decrypt(token) {
  const [iv, tag, data] = token.split('.').map((p) => Buffer.from(p, 'base64'));
  // expect: gcm-tag-length
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

function decryptPinned(token) {
  const [iv, tag, data] = token.split('.').map((p) => Buffer.from(p, 'base64'));
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, iv, { authTagLength: 16 });
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

function decryptChecked(iv, tag, data) {
  if (tag.length !== 16) throw new Error('bad tag');
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

function decryptCookie(cookieValue) {
  const raw = Buffer.from(cookieValue, 'base64url');
  // expect: gcm-tag-length
  const decipher = crypto.createDecipheriv('aes-128-gcm', KEY.subarray(0, 16), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, raw.length - 64));
  return Buffer.concat([decipher.update(raw.subarray(raw.length - 64)), decipher.final()]);
}

module.exports = { encrypt, decrypt, decryptPinned, decryptChecked, decryptCookie };
