// Math.random (TS): session ids, API keys and CSRF tokens built from Date.now + Math.random
import { randomUUID, randomBytes } from 'node:crypto';

export interface Session {
  id: string;
  userId: string;
  csrf: string;
}

export function newSession(userId: string): Session {
  // expect: insecure-random
  const id = Date.now().toString(36) + Math.random().toString(36).substring(2);
  // expect: insecure-random
  const csrf = (Math.random() * 1e18).toString(16);
  return { id, userId, csrf };
}

export function newApiKey(): { key: string; createdAt: Date } {
  // expect: insecure-random
  const key = 'sk_' + Math.random().toString(16).slice(2) + Math.random().toString(16).slice(2);
  return { key, createdAt: new Date() };
}

export function newSessionSecure(userId: string): Session {
  return { id: randomUUID(), userId, csrf: randomBytes(24).toString('base64url') };
}

export function sampleForMetrics(rate: number): boolean {
  return Math.random() < rate;
}

export function requestId(): string {
  return randomUUID();
}
