import axios from 'axios';
import loggerFactory from '~/utils/logger';

const logger = loggerFactory('growi:service:slack-integration');

export class SlackIntegrationService {
  constructor(private configuredWebhookUrl: string) {}

  async postTestMessage(webhookUrl: string | undefined, channel: string) {
    const url = webhookUrl ?? this.configuredWebhookUrl;
    logger.info({ channel }, 'posting slack test message');
    // expect: ssrf
    return axios.post(url, { channel, text: 'GROWI test notification' });
  }

  async postToConfigured(channel: string) {
    return axios.post(this.configuredWebhookUrl, { channel, text: 'GROWI notification' });
  }
}
