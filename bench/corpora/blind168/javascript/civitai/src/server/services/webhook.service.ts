import { env } from '~/env/server.mjs';
import { logToAxiom } from '~/server/logging/client';

const DISCORD_HOSTS = new Set(['discord.com', 'discordapp.com', 'ptb.discord.com', 'canary.discord.com']);

function signPayload(body: string) {
  const encoder = new TextEncoder();
  return crypto.subtle
    .importKey('raw', encoder.encode(env.WEBHOOK_SIGNING_SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    .then((key) => crypto.subtle.sign('HMAC', key, encoder.encode(body)))
    .then((sig) => Buffer.from(sig).toString('hex'));
}

export async function sendTestPayload(url: string, payload: { event: string; userId: number }) {
  const body = JSON.stringify({ type: 'test', ...payload, sentAt: new Date().toISOString() });
  const signature = await signPayload(body);
  // expect: ssrf
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Civitai-Signature': signature }, body, signal: AbortSignal.timeout(5000) });
  await logToAxiom({ name: 'webhook-test', type: 'info', userId: payload.userId, status: response.status });
  return response.status;
}

export async function sendDiscordTestMessage(webhookUrl: string, username: string) {
  const target = new URL(webhookUrl);
  if (target.protocol !== 'https:' || !DISCORD_HOSTS.has(target.hostname) || !target.pathname.startsWith('/api/webhooks/')) {
    throw new Error('Only Discord webhook URLs are supported');
  }
  const response = await fetch(target.toString(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `Civitai notifications for ${username} are connected.` }),
    signal: AbortSignal.timeout(5000),
  });
  return { ok: response.ok, status: response.status };
}

export async function notifyModelReady(hooks: { url: string; userId: number }[], modelId: number) {
  const results = await Promise.allSettled(
    hooks.map((hook) => sendTestPayload(hook.url, { event: `model-ready:${modelId}`, userId: hook.userId }))
  );
  return results.filter((r) => r.status === 'fulfilled').length;
}
