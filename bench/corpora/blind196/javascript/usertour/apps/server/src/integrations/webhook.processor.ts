import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { createHmac } from 'crypto';
import { PrismaService } from 'nestjs-prisma';

export const WEBHOOK_QUEUE = 'webhook';

interface WebhookJob {
  integrationId: string;
  event: string;
  payload: Record<string, unknown>;
}

@Processor(WEBHOOK_QUEUE)
export class WebhookProcessor extends WorkerHost {
  private readonly logger = new Logger(WebhookProcessor.name);

  constructor(private prisma: PrismaService) {
    super();
  }

  async process(job: Job<WebhookJob>) {
    const integration = await this.prisma.integration.findUnique({ where: { id: job.data.integrationId } });
    if (!integration || !integration.enabled) {
      return { skipped: true };
    }
    // the URL was saved by a project member in the integration settings
    const target: string = (integration.config as { url: string }).url;
    const body = JSON.stringify({ event: job.data.event, data: job.data.payload, sentAt: new Date().toISOString() });
    const signature = createHmac('sha256', integration.secret).update(body).digest('hex');
    // expect: ssrf
    const res = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Usertour-Signature': signature }, body });
    this.logger.log(`webhook ${job.data.event} -> ${res.status}`);
    await this.prisma.integrationLog.create({
      data: { integrationId: integration.id, event: job.data.event, status: res.status },
    });
    if (res.status >= 500) {
      throw new Error(`webhook failed with ${res.status}`);
    }
    return { status: res.status };
  }
}
