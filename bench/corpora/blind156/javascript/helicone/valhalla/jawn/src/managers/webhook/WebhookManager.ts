// Saves webhooks after a public-host check and queues deliveries for the webhook worker.
import { Queue } from 'bullmq';
import { dbExecute } from '../../lib/shared/db/dbExecute';
import { assertPublicUrl } from '../../lib/shared/urls';
import type { AuthParams } from '../../lib/db/supabase';

export const webhookQueue = new Queue('webhook-deliveries', { connection: { url: process.env.REDIS_URL } });

// Deliveries go through the queue so a slow receiver never blocks the API request.
export class WebhookManager {
  constructor(private readonly authParams: AuthParams) {}

  async createWebhook(destination: string, config: Record<string, unknown>) {
    await assertPublicUrl(destination);
    return dbExecute(
      'INSERT INTO webhooks (org_id, destination, config) VALUES ($1, $2, $3) RETURNING id',
      [this.authParams.organizationId, destination, config],
    );
  }

  async enqueueTest(destination: string, sampleEvent: Record<string, unknown>) {
    await webhookQueue.add('test', { orgId: this.authParams.organizationId, destination, payload: sampleEvent });
    return { queued: true };
  }

  async enqueueSaved(webhookId: string, payload: Record<string, unknown>) {
    await webhookQueue.add('saved', { orgId: this.authParams.organizationId, webhookId, payload });
    return { queued: true };
  }
}
