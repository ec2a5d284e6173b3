import { Injectable, Scope } from 'graphql-modules';

interface AlertChannel { id: string; name: string; type: string; webhookEndpoint: string | null }

@Injectable({ scope: Scope.Operation, global: true })
export class AlertsManager {
  private channels: AlertChannel[] = [];

  async addChannel(input: { name: string; type: string; webhookEndpoint: string | null }): Promise<AlertChannel> {
    const channel = { id: String(this.channels.length + 1), ...input };
    this.channels.push(channel);
    return channel;
  }

  async sendTestMessage(channel: AlertChannel) {
    const body = JSON.stringify({ text: `Test message for ${channel.name}` });
    if (channel.type === 'SLACK') {
      await fetch('https://slack.com/api/chat.postMessage', { method: 'POST', body, headers: { authorization: `Bearer ${process.env.SLACK_TOKEN}` } });
      return;
    }
    if (channel.type === 'WEBHOOK' && channel.webhookEndpoint) {
      // expect: ssrf
      await fetch(channel.webhookEndpoint, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    }
  }
}
