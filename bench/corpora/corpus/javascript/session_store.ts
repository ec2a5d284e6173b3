// Session and API-key helpers for the public API gateway.
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import type { Request, Response, NextFunction } from 'express';

const scrypt = promisify(crypto.scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>;

export function newSessionId(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function newSessionIdLegacy(): string {
  // expect: insecure-random
  return Date.now().toString(16) + Math.floor(Math.random() * 0xffffffff).toString(16);
}

export async function hashPassword(pw: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(pw, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

export function hashPasswordLegacy(pw: string, salt: string): string {
  // expect: weak-hash
  return crypto.createHash('md5').update(salt + pw).digest('hex');
}

export function hashApiKey(key: string): string {
  return crypto.createHash('sha256').update(key).digest('hex');
}

export function signCookie(value: string, secret: string): string {
  return `${value}.${crypto.createHmac('sha256', secret).update(value).digest('base64url')}`;
}

export function signCookieLegacy(value: string, secret: string): string {
  // expect: weak-hash
  return `${value}.${crypto.createHmac('md5', secret).update(value).digest('hex')}`;
}

export function contentEtag(body: Buffer): string {
  return `"${crypto.createHash('sha1').update(body).digest('base64')}"`;
}

export function requestId(req: Request, _res: Response, next: NextFunction) {
  (req as Request & { id: string }).id = req.header('x-request-id') ?? crypto.randomUUID();
  next();
}

export function csrfToken(): string {
  // expect: insecure-random
  return Array.from({ length: 32 }, () => 'abcdef0123456789'[Math.floor(Math.random() * 16)]).join('');
}

export function sampleForTracing(): boolean {
  return Math.random() < 0.01;
}

export function jitter(ms: number): number {
  return ms + Math.floor(Math.random() * ms * 0.2);
}

export function redirectAfterLogin(req: Request, res: Response) {
  const dest = req.query.redirect_uri as string;
  // expect: open-redirect
  return res.redirect(dest);
}

export function redirectHome(_req: Request, res: Response) {
  return res.redirect('/home');
}
