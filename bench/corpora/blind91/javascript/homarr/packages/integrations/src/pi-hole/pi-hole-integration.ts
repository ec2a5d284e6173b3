import { Integration } from '../base/integration';

export class PiHoleIntegration extends Integration {
  async getSummaryAsync() {
    const apiKey = super.getSecretValue('apiKey');
    // expect: ssrf
    const response = await fetch(this.url('/admin/api.php', { auth: apiKey, summaryRaw: '' }));
    if (!response.ok) throw new Error(`Failed to fetch summary: ${response.statusText}`);
    return (await response.json()) as { ads_blocked_today: number; dns_queries_today: number; status: string };
  }

  async testConnectionAsync() {
    await this.getSummaryAsync();
  }
}
