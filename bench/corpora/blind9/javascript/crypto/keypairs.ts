// library: node:crypto (key generation, random values)
import { generateKeyPair, generateKeyPairSync, randomBytes, randomInt } from 'crypto';
import { promisify } from 'util';

const generateKeyPairAsync = promisify(generateKeyPair);

export function serviceKeys() {
  return generateKeyPairSync('rsa', {
    modulusLength: 4096,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

export function deviceKeys() {
  return generateKeyPairSync('rsa', {
    // expect: weak-cipher
    modulusLength: 1024,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

export async function legacyKeys() {
  // expect: weak-cipher
  return generateKeyPairAsync('rsa', { modulusLength: 512 });
}

export function ecKeys() {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

export function sessionId(): string {
  return randomBytes(32).toString('hex');
}

export function resetCode(): string {
  // expect: insecure-random
  return Math.floor(100000 + Math.random() * 900000).toString();
}

export function pin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function backoffMs(attempt: number): number {
  return Math.min(30_000, 2 ** attempt * 100) + Math.random() * 100;
}
