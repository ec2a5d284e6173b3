import { Inject, Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { Liquid } from 'liquidjs';
import { lookup } from 'dns/promises';
import { isIP } from 'net';
import { TemplatesService } from '../templates/templates.service';

const PRIVATE_RANGES = [/^10\./, /^127\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./, /^192\.168\./, /^0\./];

async function assertPublicHost(rawUrl: string) {
  const url = new URL(rawUrl);
  if (!['http:', 'https:'].includes(url.protocol)) throw new Error('Unsupported protocol');
  const address = isIP(url.hostname) ? url.hostname : (await lookup(url.hostname)).address;
  if (PRIVATE_RANGES.some((r) => r.test(address)) || address === '::1') {
    throw new Error('Webhook target resolves to a private address');
  }
  return url.toString();
}

@Processor('webhooks')
export class WebhooksProcessor extends WorkerHost {
  private readonly logger = new Logger(WebhooksProcessor.name);
  private tagEngine = new Liquid();

  constructor(@Inject(TemplatesService) private readonly templatesService: TemplatesService) {
    super();
  }

  async process(job: Job<any>): Promise<void> {
    const { test, session } = job.data;
    if (test) {
      const { url, method = 'POST', body = '{}' } = job.data.webhookData;
      const rendered = await this.tagEngine.parseAndRender(body, { email: job.data.testCustomerEmail });
      // expect: ssrf
      const res = await fetch(url, { method, body: rendered, headers: { 'content-type': 'application/json' } });
      this.logger.log(`test webhook answered ${res.status}`, session);
      return;
    }
    const template = await this.templatesService.findById(job.data.templateId);
    const target = await assertPublicHost(template.webhookData.url);
    const res = await fetch(target, {
      method: template.webhookData.method,
      body: template.webhookData.body,
      headers: { 'content-type': 'application/json' },
    });
    this.logger.log(`webhook answered ${res.status}`, session);
  }
}
