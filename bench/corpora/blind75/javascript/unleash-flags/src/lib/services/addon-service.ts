import fetch from 'node-fetch';

import type { Logger } from '../util/logger';

export interface AddonConfig {
  provider: 'webhook' | 'slack' | 'teams';
  enabled: boolean;
  parameters: { url?: string; bodyTemplate?: string; channel?: string };
  events: string[];
}

const SLACK_HOST = 'hooks.slack.com';

export default class AddonService {
  private readonly addons = new Map<number, AddonConfig>();
  private nextId = 1;

  constructor(private readonly logger: Logger) {}

  create(config: AddonConfig): number {
    const id = this.nextId++;
    this.addons.set(id, { ...config, events: config.events ?? [] });
    return id;
  }

  async sendTestEvent(config: AddonConfig): Promise<number> {
    const payload = JSON.stringify({ type: 'addon-test', createdBy: 'unleash', data: {} });
    switch (config.provider) {
      case 'slack': {
        const target = new URL(config.parameters.url ?? '');
        if (target.hostname !== SLACK_HOST || target.protocol !== 'https:') {
          throw new Error('Slack addon must post to hooks.slack.com');
        }
        const res = await fetch(target.toString(), { method: 'POST', body: payload });
        return res.status;
      }
      case 'webhook': {
        const url = config.parameters.url || '';
        // expect: ssrf
        const res = await fetch(url, { method: 'POST', body: payload, headers: { 'content-type': 'application/json' } });
        this.logger.info('webhook test sent', res.status);
        return res.status;
      }
      default:
        return 0;
    }
  }

  async sendTeamsCard(config: AddonConfig): Promise<number> {
    const res = await fetch('https://outlook.office.com/webhook/' + encodeURIComponent(config.parameters.channel ?? ''), {
      method: 'POST',
      body: JSON.stringify({ text: 'Unleash test' }),
    });
    return res.status;
  }
}
