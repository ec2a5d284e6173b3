import { createClient, ClickHouseClient } from "@clickhouse/client";

let client: ClickHouseClient | null = null;

export function clickhouseClient() {
  if (!client) {
    client = createClient({ host: process.env.CLICKHOUSE_HOST, database: "dittofeed" });
  }
  return client;
}

export class ClickHouseQueryBuilder {
  private queries: Record<string, unknown> = {};
  private counter = 0;

  addQueryValue(value: unknown, type: string) {
    const name = `v${this.counter++}`;
    this.queries[name] = value;
    return `{${name}:${type}}`;
  }

  getQueries() {
    return this.queries;
  }
}
