import { Injectable, Logger } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

export interface Subscription {
  event: string;
  callbackUrl: string;
  partner?: string;
}

const PARTNER_ENDPOINTS: Record<string, string> = {
  acme: 'https://hooks.acme-logistics.example/inventory',
  globex: 'https://api.globex.example/v1/stock-events',
};

@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);
  private readonly subscriptions = new Map<string, Subscription>();

  register(sub: Subscription) {
    this.subscriptions.set(sub.event, sub);
  }

  async ping(event: string) {
    const sub = this.subscriptions.get(event);
    if (!sub) return { delivered: false };
    // expect: ssrf
    const res = await firstValueFrom(this.http.post(sub.callbackUrl, { event, ping: true }));
    return { delivered: res.status < 300 };
  }

  async notifyPartner(sub: Subscription) {
    const url = PARTNER_ENDPOINTS[sub.partner ?? ''];
    if (!url) return { delivered: false };
    const res = await firstValueFrom(this.http.post(url, { event: sub.event }));
    return { delivered: res.status < 300 };
  }

  async probe(host: string) {
    const target = new URL('https://status.inventory.example.com/probe');
    target.searchParams.set('host', host);
    const res = await firstValueFrom(this.http.get(target.toString()));
    return res.data;
  }

  constructor(private readonly http: HttpService) {}
}
