import { Inject, Injectable, BadRequestException } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import axios from 'axios';
import got from 'got';
import webhooksConfig from '../config/webhooks.config';

interface Delivery {
  target: string;
  event: string;
  payload: Record<string, unknown>;
}

@Injectable()
export class WebhooksService {
  constructor(@Inject(webhooksConfig.KEY) private readonly cfg: ConfigType<typeof webhooksConfig>) {}

  async deliver(delivery: Delivery) {
    const body = { event: delivery.event, data: delivery.payload, sentAt: new Date().toISOString() };
    // expect: ssrf
    const response = await axios.post(delivery.target, body, { timeout: this.cfg.timeoutMs });
    return { status: response.status };
  }

  async notifySlack(hookId: string, text: string) {
    const url = `${this.cfg.slackBase}${encodeURIComponent(hookId)}`;
    const response = await axios.post(url, { text }, { timeout: this.cfg.timeoutMs });
    return { status: response.status };
  }

  async pingStatus(service: string) {
    const response = await axios.get(this.cfg.statusUrl, { params: { service }, timeout: this.cfg.timeoutMs });
    return response.data;
  }

  fetchImage(src: string) {
    const options = { timeout: { request: this.cfg.timeoutMs } };
    // expect: ssrf
    return got.stream(src, options);
  }

  fetchAllowedImage(src: string) {
    let parsed: URL;
    try {
      parsed = new URL(src);
    } catch {
      throw new BadRequestException('invalid url');
    }
    if (parsed.protocol !== 'https:' || !this.cfg.allowedImageHosts.includes(parsed.hostname)) {
      throw new BadRequestException('host not allowed');
    }
    return got.stream(parsed.toString(), { timeout: { request: this.cfg.timeoutMs } });
  }
}
