// library: node:crypto (key generation)
import { generateKeyPairSync, createDiffieHellman, generateKeySync } from 'crypto';

export function legacySigningKeys() {
  // expect: weak-key
  return generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
}

export function legacyDh() {
  // expect: weak-key
  return createDiffieHellman(512);
}

export function signingKeys() {
  return generateKeyPairSync('rsa', { modulusLength: 3072, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
}

export function ecKeys() {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

export function macKey() {
  return generateKeySync('hmac', { length: 256 });
}
