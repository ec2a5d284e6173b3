import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import axios from 'axios';

export class TestWebhookCommand {
  environmentId: string;
  providerId: 'slack' | 'discord' | 'webhook';
  webhookUrl: string;
  message?: string;
}

const PROVIDER_HOSTS: Record<string, string> = {
  slack: 'hooks.slack.com',
  discord: 'discord.com',
};

@Injectable()
export class TestWebhook {
  private readonly logger = new Logger(TestWebhook.name);

  async execute(command: TestWebhookCommand) {
    const text = command.message || 'Test message from Novu';
    const expectedHost = PROVIDER_HOSTS[command.providerId];

    if (expectedHost) {
      const url = new URL(command.webhookUrl);
      if (url.protocol !== 'https:' || url.hostname !== expectedHost) {
        throw new BadRequestException('Webhook url does not match provider');
      }
      await axios.post(url.toString(), { text }, { timeout: 5000 });
      return { ok: true };
    }

    this.logger.debug(`Testing generic webhook for ${command.environmentId}`);
    // expect: ssrf
    const response = await axios.post(command.webhookUrl, { text }, { timeout: 5000 });
    return { ok: response.status < 300 };
  }
}
