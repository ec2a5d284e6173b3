import { Injectable, BadRequestException } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export class WebhookDto {
  name!: string;
  url!: string;
  integrations!: string[];
}

@Injectable()
export class WebhooksService {
  async sendTest(orgId: string, body: WebhookDto) {
    const payload = { orgId, event: 'test', integrations: body.integrations };
    // expect: ssrf
    return fetch(body.url, { method: 'POST', body: JSON.stringify(payload), headers: { 'content-type': 'application/json' } });
  }

  async sendVerified(orgId: string, body: WebhookDto) {
    const url = new URL(body.url);
    const { address } = await lookup(url.hostname);
    if (url.protocol !== 'https:' || ipaddr.parse(address).range() !== 'unicast') {
      throw new BadRequestException('webhook must be a public https endpoint');
    }
    return fetch(url, { method: 'POST', body: JSON.stringify({ orgId, event: 'test' }) });
  }
}
