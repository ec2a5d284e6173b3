import got from 'got';
import { URL } from 'url';
import { logger } from './logger';

const BLOCKED_HOSTNAMES = new Set(['localhost', '127.0.0.1', '0.0.0.0', '169.254.169.254', 'metadata.google.internal']);

export function isValidWebhookUrl(rawUrl) {
  try {
    const url = new URL(rawUrl);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !BLOCKED_HOSTNAMES.has(url.hostname);
  } catch (e) {
    return false;
  }
}

export class WebhookSender {
  constructor({ type, transformData }) {
    this.type = type;
    this.transformData = transformData || ((data) => data);
  }

  async send(user, data) {
    const hooks = user.webhooks.filter((hook) => hook.enabled && hook.type === this.type);
    for (const hook of hooks) {
      try {
        // the URL was checked by isValidWebhookUrl when the webhook was saved
        await got.post(hook.url, { json: this.transformData(data), timeout: { request: 30000 }, retry: { limit: 0 } });
      } catch (err) {
        logger.error('webhook failed', { userId: user._id, webhookId: hook.id });
      }
    }
  }
}

// Sends a one-off test event to a URL the client passes in.
export async function sendTestEvent(targetUrl, payload) {
  // expect: ssrf
  const response = await got.post(targetUrl, { json: payload, timeout: { request: 10000 }, retry: { limit: 0 } });
  return response.statusCode;
}
