// library: node:crypto (symmetric ciphers)
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'crypto';

const KEY24 = scryptSync(process.env.VAULT_PASS ?? '', 'vault-salt', 24);
const KEY32 = scryptSync(process.env.VAULT_PASS ?? '', 'vault-salt', 32);

export function sealLegacy(data: Buffer): Buffer {
  const iv = randomBytes(8);
  // expect: weak-cipher
  const c = createCipheriv('des-ede3-cbc', KEY24, iv);
  return Buffer.concat([iv, c.update(data), c.final()]);
}

export function sealFast(data: Buffer): Buffer {
  // expect: weak-cipher
  const c = createCipheriv('aes-256-ecb', KEY32, null);
  return Buffer.concat([c.update(data), c.final()]);
}

export function seal(data: Buffer): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', KEY32, iv);
  const body = Buffer.concat([c.update(data), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

export function open(blob: Buffer): Buffer {
  const d = createDecipheriv('aes-256-gcm', KEY32, blob.subarray(0, 12));
  d.setAuthTag(blob.subarray(12, 28));
  return Buffer.concat([d.update(blob.subarray(28)), d.final()]);
}

export function sealStream(data: Buffer): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv('chacha20-poly1305', KEY32, iv, { authTagLength: 16 });
  return Buffer.concat([iv, c.update(data), c.final(), c.getAuthTag()]);
}
