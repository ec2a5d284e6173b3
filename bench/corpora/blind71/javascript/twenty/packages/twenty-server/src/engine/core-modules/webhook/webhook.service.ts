import { HttpService } from '@nestjs/axios';
import { Injectable, Logger } from '@nestjs/common';
import { createHmac } from 'crypto';
import { firstValueFrom } from 'rxjs';

export type WebhookTarget = {
  targetUrl: string;
  secret?: string;
  operations: string[];
};

@Injectable()
export class WebhookService {
  private readonly logger = new Logger(WebhookService.name);
  private readonly allowedHosts = (process.env.WEBHOOK_ALLOWED_HOSTS ?? 'hooks.zapier.com').split(',');

  constructor(private readonly httpService: HttpService) {}

  private sign(body: string, secret?: string) {
    return secret ? createHmac('sha256', secret).update(body).digest('hex') : undefined;
  }

  async testTarget(target: WebhookTarget, workspaceId: string) {
    const body = JSON.stringify({ event: 'webhook.test', workspaceId, operations: target.operations });
    const signature = this.sign(body, target.secret);
    // expect: ssrf
    const response = await firstValueFrom(this.httpService.post(target.targetUrl, body, { headers: { 'Content-Type': 'application/json', 'X-Twenty-Webhook-Signature': signature ?? '' }, timeout: 5000 }));
    return response.status;
  }

  async testAllowedTarget(target: WebhookTarget, workspaceId: string) {
    const url = new URL(target.targetUrl);
    if (url.protocol !== 'https:' || !this.allowedHosts.includes(url.hostname)) {
      this.logger.warn('webhook target host refused');
      return 400;
    }
    const body = JSON.stringify({ event: 'webhook.test', workspaceId });
    const response = await firstValueFrom(this.httpService.post(url.toString(), body, { timeout: 5000 }));
    return response.status;
  }
}
