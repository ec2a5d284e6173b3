// crypto (TypeScript): one-time codes, invite links and file checksums
import { createHash, randomInt, randomUUID, createCipheriv, createDecipheriv, randomBytes, pbkdf2Sync } from 'node:crypto';

export function smsCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function smsCodeLegacy(): string {
  // expect: insecure-random
  return String(Math.floor(100000 + Math.random() * 900000));
}

export function inviteLink(teamId: string): string {
  return `https://app.example.com/join/${teamId}/${randomUUID()}`;
}

export function inviteLinkLegacy(teamId: string): string {
  // expect: insecure-random
  const token = Date.now().toString(36) + Math.random().toString(36).substring(2, 10);
  return `https://app.example.com/join/${teamId}/${token}`;
}

export function checksum(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

export function legacyChecksum(buf: Buffer): string {
  return createHash('md5').update(buf).digest('hex');
}

export function pinHash(userId: string, pin: string): string {
  // expect: weak-hash
  return createHash('sha1').update(`${userId}:${pin}`).digest('hex');
}

export function deriveKey(passphrase: string, salt: Buffer): Buffer {
  return pbkdf2Sync(passphrase, salt, 310000, 32, 'sha256');
}

export function deriveKeyLegacy(passphrase: string, salt: Buffer): Buffer {
  // expect: weak-hash
  return pbkdf2Sync(passphrase, salt, 1000, 16, 'md5');
}

const LEGACY_KEY = Buffer.from(process.env.LEGACY_KEY ?? '', 'hex');

export function decryptLegacy(b64: string): string {
  // expect: weak-cipher
  const d = createDecipheriv('rc4', LEGACY_KEY, null);
  return d.update(b64, 'base64', 'utf8') + d.final('utf8');
}

export function encryptBackup(data: Buffer, key: Buffer): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(data), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

export function pickSampleIds(ids: string[], n: number): string[] {
  return [...ids].sort(() => Math.random() - 0.5).slice(0, n);
}

export function correlationId(): string {
  return `${Date.now()}-${Math.random().toString(16).slice(2, 8)}`;
}
