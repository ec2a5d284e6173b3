import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'crypto';

function key(password: string) {
  return scryptSync(password, 'giscus', 32);
}

export async function encodeState(value: string, password: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(password), iv);
  const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url');
}

export async function decodeState(state: string, password: string) {
  const raw = Buffer.from(state, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key(password), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
