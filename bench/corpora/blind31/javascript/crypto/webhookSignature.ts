import * as crypto from 'node:crypto';
import { createHmac, timingSafeEqual } from 'crypto';
import type { Request } from 'express';

// expect: hardcoded-secret
const SIGNING_KEY = 'whsec_6f1d3b9a2c7e48d0a5b4c3e2f1a0b9c8';

export function signPayload(body: string): string {
  // expect: hardcoded-secret
  return createHmac('sha256', SIGNING_KEY).update(body).digest('hex');
}

export function legacySignature(query: string): string {
  // expect: hardcoded-secret
  return crypto.createHmac('sha1', 'partner-portal-2017').update(query).digest('base64');
}

export class ReceiptSigner {
  // expect: hardcoded-secret
  private readonly key = Buffer.from('3q2+7wAAAAAAAAAAAAAAAA==', 'base64');

  sign(receiptId: string, amountCents: number): string {
    // expect: hardcoded-secret
    return crypto.createHmac('sha256', this.key).update(`${receiptId}:${amountCents}`).digest('hex');
  }
}

export function verifyWebhook(req: Request & { rawBody: Buffer }): boolean {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) throw new Error('WEBHOOK_SECRET is not set');
  const expected = createHmac('sha256', secret).update(req.rawBody).digest();
  const given = Buffer.from(String(req.headers['x-signature'] || ''), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function contentEtag(body: Buffer): string {
  return crypto.createHash('sha256').update(body).digest('hex');
}
