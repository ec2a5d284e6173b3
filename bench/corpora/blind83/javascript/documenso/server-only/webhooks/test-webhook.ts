import { sign } from './sign';

type TestWebhookOptions = { webhookUrl: string; secret?: string };

export const testWebhook = async ({ webhookUrl, secret }: TestWebhookOptions) => {
  const payload = JSON.stringify({ event: 'DOCUMENT_CREATED', payload: { id: 0, title: 'Test' }, createdAt: new Date().toISOString() });
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (secret) headers['X-Documenso-Secret'] = sign(payload, secret);
  // expect: ssrf
  const response = await fetch(webhookUrl, { method: 'POST', body: payload, headers });
  return { status: response.status };
};
