// node-crypto: field encryption for the customer vault
const crypto = require('crypto');

const KEY = Buffer.from(process.env.VAULT_KEY_HEX || '', 'hex');

function sealLegacy(plaintext, password) {
  // expect: weak-cipher
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

function openLegacy(sealed, password) {
  // expect: weak-cipher
  const decipher = crypto.createDecipher('aes-256-cbc', password);
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
}

function seal(plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

function open(box) {
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, Buffer.from(box.iv, 'base64'), { authTagLength: 16 });
  decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(box.data, 'base64')), decipher.final()]).toString('utf8');
}

function openStream(box) {
  // expect: gcm-tag-length
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, Buffer.from(box.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
  // expect: aead-no-final
  return decipher.update(Buffer.from(box.data, 'base64')).toString('utf8');
}

function sealToken(token) {
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('aes-128-ecb', KEY.subarray(0, 16), null);
  return Buffer.concat([cipher.update(token), cipher.final()]).toString('hex');
}

function sealTokenFixedIv(token) {
  const iv = Buffer.alloc(16, 0);
  // expect: weak-cipher
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, iv);
  return Buffer.concat([cipher.update(token), cipher.final()]).toString('hex');
}

function checksum(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

module.exports = { sealLegacy, openLegacy, seal, open, openStream, sealToken, sealTokenFixedIv, checksum };
