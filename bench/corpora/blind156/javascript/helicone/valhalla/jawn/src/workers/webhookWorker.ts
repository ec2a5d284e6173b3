// BullMQ worker that delivers webhook events; saved webhooks are looked up again by id.
import { Worker, Job } from 'bullmq';
import { createHmac } from 'node:crypto';
import { dbExecute } from '../lib/shared/db/dbExecute';

type TestJob = { orgId: string; destination: string; payload: Record<string, unknown> };
type SavedJob = { orgId: string; webhookId: string; payload: Record<string, unknown> };

function sign(body: string) {
  return createHmac('sha256', process.env.WEBHOOK_SIGNING_SECRET as string).update(body).digest('hex');
}

async function deliverSaved(job: Job<SavedJob>) {
  const result = await dbExecute<{ destination: string }>(
    'SELECT destination FROM webhooks WHERE id = $1 AND org_id = $2',
    [job.data.webhookId, job.data.orgId],
  );
  if (result.error || !result.data?.length) return;
  const body = JSON.stringify(job.data.payload);
  await fetch(result.data[0].destination, { method: 'POST', body, headers: { 'helicone-signature': sign(body) } });
}

async function deliverTest(job: Job<TestJob>) {
  const body = JSON.stringify(job.data.payload);
  // expect: ssrf
  await fetch(job.data.destination, { method: 'POST', body, headers: { 'helicone-signature': sign(body) } });
}

export const webhookWorker = new Worker(
  'webhook-deliveries',
  async (job) => (job.name === 'test' ? deliverTest(job as Job<TestJob>) : deliverSaved(job as Job<SavedJob>)),
  { connection: { url: process.env.REDIS_URL }, concurrency: 5 },
);
