import { createHmac, timingSafeEqual } from 'node:crypto';

export function verifyWebhookSignature(body: string, signature: string) {
  const expected = createHmac('sha256', process.env.INTAKE_EMAILS_WEBHOOK_SECRET ?? '').update(body).digest('hex');
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}
