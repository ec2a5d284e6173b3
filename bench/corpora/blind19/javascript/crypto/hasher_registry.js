// crypto: hash functions kept in a registry object; the "legacy" password scheme is md5
const nodeCrypto = require('crypto');

const hashers = {
  // expect: weak-hash
  legacy: (pw, salt) => nodeCrypto.createHash('md5').update(pw + salt).digest('hex'),
  scrypt: (pw, salt) => nodeCrypto.scryptSync(pw, salt, 64).toString('hex'),
};

function hashPassword(pw, salt, scheme = 'scrypt') {
  return `${scheme}$${salt}$${hashers[scheme](pw, salt)}`;
}

function verify(stored, pw) {
  const [scheme, salt, digest] = stored.split('$');
  const candidate = Buffer.from(hashers[scheme](pw, salt), 'hex');
  const expected = Buffer.from(digest, 'hex');
  return candidate.length === expected.length && nodeCrypto.timingSafeEqual(candidate, expected);
}

function resetTokenDigest(token) {
  return nodeCrypto.createHash('sha256').update(token).digest('hex');
}

function assetVersion(content) {
  return nodeCrypto.createHash('md5').update(content).digest('hex').slice(0, 8);
}

module.exports = { hashPassword, verify, resetTokenDigest, assetVersion };
