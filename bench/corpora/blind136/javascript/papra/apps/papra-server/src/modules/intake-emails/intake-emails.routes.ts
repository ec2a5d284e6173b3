import { Hono } from 'hono';
import { verifyWebhookSignature } from './intake-emails.signature';

export const intakeEmailsRoutes = new Hono();

intakeEmailsRoutes.post('/api/intake-emails/ingest', async (c) => {
  const raw = await c.req.text();
  if (!verifyWebhookSignature(raw, c.req.header('x-signature') ?? '')) {
    return c.json({ error: 'invalid signature' }, 401);
  }
  const { from, to, attachments = [] } = JSON.parse(raw);
  if (!String(to).endsWith(`@${process.env.INTAKE_EMAILS_DOMAIN}`)) {
    // expect: log-injection
    console.warn(`intake email from ${from.address} to ${to} rejected`);
    return c.json({ accepted: false });
  }
  console.info(JSON.stringify({ event: 'intake-email', from: from.address, attachments: attachments.length }));
  return c.json({ accepted: true });
});
