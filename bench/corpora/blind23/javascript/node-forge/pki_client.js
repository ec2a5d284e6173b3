// node-forge: certificate and key utilities for the device enrolment service
const forge = require('node-forge');

function newDeviceKeys() {
  // expect: weak-key
  return forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
}

function newDeviceKeysSafe() {
  return forge.pki.rsa.generateKeyPair({ bits: 3072, e: 0x10001 });
}

function fingerprint(certPem) {
  const cert = forge.pki.certificateFromPem(certPem);
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return forge.md.sha256.create().update(der).digest().toHex();
}

function legacyFingerprint(certPem) {
  const cert = forge.pki.certificateFromPem(certPem);
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return forge.md.sha1.create().update(der).digest().toHex();
}

function signCsr(csr, caKey) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = csr.publicKey;
  cert.setSubject(csr.subject.attributes);
  // expect: weak-hash
  cert.sign(caKey, forge.md.md5.create());
  return cert;
}

function encryptBlob(key, data) {
  // expect: weak-cipher
  const cipher = forge.cipher.createCipher('DES-ECB', key);
  cipher.start();
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return cipher.output.getBytes();
}

function encryptBlobSafe(key, data) {
  const iv = forge.random.getBytesSync(12);
  const cipher = forge.cipher.createCipher('AES-GCM', key);
  cipher.start({ iv });
  cipher.update(forge.util.createBuffer(data));
  cipher.finish();
  return { iv, data: cipher.output.getBytes(), tag: cipher.mode.tag.getBytes() };
}

function nonce() {
  return forge.random.getBytesSync(16);
}

module.exports = { newDeviceKeys, newDeviceKeysSafe, fingerprint, legacyFingerprint, signCsr, encryptBlob, encryptBlobSafe, nonce };
