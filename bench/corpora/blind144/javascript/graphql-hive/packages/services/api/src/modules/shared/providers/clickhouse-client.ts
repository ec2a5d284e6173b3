import { Injectable } from 'graphql-modules';

export interface ClickHouseQuery { queryId: string; query: string; params?: Record<string, string> }

@Injectable()
export class ClickHouse {
  private endpoint = process.env.CLICKHOUSE_URL || 'http://clickhouse:8123';

  async query<T>(q: ClickHouseQuery): Promise<T[]> {
    const url = new URL(this.endpoint);
    url.searchParams.set('query_id', q.queryId);
    for (const [key, value] of Object.entries(q.params ?? {})) {
      url.searchParams.set(`param_${key}`, value);
    }
    const res = await fetch(url, { method: 'POST', body: `${q.query} FORMAT JSON` });
    const json = (await res.json()) as { data: T[] };
    return json.data;
  }
}
