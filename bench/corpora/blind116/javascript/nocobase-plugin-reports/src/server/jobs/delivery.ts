import axios from 'axios';
import { Database } from '@nocobase/database';
import { Logger } from '@nocobase/logger';

const DELIVERY_HOSTS = new Set(['hooks.slack.com', 'outlook.office.com']);

export class DeliveryJob {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Database, private readonly logger: Logger) {}

  start() {
    this.timer = setInterval(() => this.run().catch((e) => this.logger.error(e)), 60_000);
  }

  async run() {
    const subscriptions = await this.db.getRepository('reportSubscriptions').find({ filter: { enabled: true } });
    for (const sub of subscriptions) {
      const url: string = sub.get('webhookUrl');
      const payload = { report: sub.get('reportId'), at: new Date().toISOString() };
      if (sub.get('verified') === true && DELIVERY_HOSTS.has(new URL(url).hostname)) {
        await axios.post(url, payload, { timeout: 5000 });
        continue;
      }
      // expect: ssrf
      await axios.post(url, payload, { timeout: 5000 });
    }
  }
}
