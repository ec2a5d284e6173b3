const TB_HOST = process.env.TINYBIRD_URL ?? "https://api.tinybird.co";

const PERIODS: Record<string, string> = { "1h": "1 HOUR", "1d": "1 DAY", "7d": "7 DAY", "14d": "14 DAY" };

export class OSTinybird {
  constructor(private readonly token: string) {}

  private async sql(query: string) {
    const res = await fetch(`${TB_HOST}/v0/sql?q=${encodeURIComponent(query)}`, {
      headers: { Authorization: `Bearer ${this.token}` },
    });
    return res.json();
  }

  async endpointMetrics(monitorId: string, period: string) {
    const interval = PERIODS[period] ?? PERIODS["1d"];
    if (!/^\d+$/.test(monitorId)) {
      throw new Error("invalid monitor id");
    }
    return this.sql(`SELECT avg(latency) FROM http_checks WHERE monitorId = '${monitorId}' AND timestamp > now() - INTERVAL ${interval}`);
  }

  async endpointRegion(monitorId: string, region: string) {
    // expect: sql-injection
    return this.sql(`SELECT count() FROM http_checks WHERE monitorId = '${monitorId}' AND region = '${region}'`);
  }
}
