// crypto (TS): the algorithm held in a constant / config, uppercase names, and createSign
import * as crypto from 'crypto';

const PASSWORD_ALGO = 'md5';
const CHECKSUM_ALGO = 'sha256';

export function storePassword(plain: string, salt: string): string {
  // expect: weak-hash
  return crypto.createHash(PASSWORD_ALGO).update(salt).update(plain).digest('hex');
}

export function legacyPinHash(userId: string, pin: string): string {
  // expect: weak-hash
  return crypto.createHash('MD5').update(`${userId}:${pin}`).digest('base64');
}

export function signLicense(licenseJson: string, privateKeyPem: string): string {
  // expect: weak-hash
  const signer = crypto.createSign('RSA-SHA1');
  signer.update(licenseJson);
  return signer.sign(privateKeyPem, 'base64');
}

export function signLicenseModern(licenseJson: string, privateKeyPem: string): string {
  const signer = crypto.createSign('sha256');
  signer.update(licenseJson);
  return signer.sign(privateKeyPem, 'base64');
}

export function checksum(data: Buffer): string {
  return crypto.createHash(CHECKSUM_ALGO).update(data).digest('hex');
}

export function dedupeKey(record: { email: string; source: string }): string {
  return crypto.createHash('md5').update(`${record.email}|${record.source}`).digest('hex');
}
