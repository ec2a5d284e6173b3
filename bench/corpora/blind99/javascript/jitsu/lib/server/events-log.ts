import { createClient, ClickHouseClient } from "@clickhouse/client";

const LOG_TYPES = new Set(["incoming", "function", "bulker_batch", "bulker_stream"]);

export class EventsLogRepository {
  private clickhouse: ClickHouseClient;

  constructor() {
    this.clickhouse = createClient({ host: process.env.CLICKHOUSE_URL, database: process.env.CLICKHOUSE_DATABASE || "newjitsu_metrics" });
  }

  async findEvents(type: string, actorId: string, opts: { levels: string[]; limit: number; beforeDate?: Date }) {
    const levelList = opts.levels.map(l => `'${l}'`).join(",");
    const sql = `SELECT timestamp, level, message FROM events_log WHERE type = '${type}' AND actorId = {actorId:String} AND level IN (${levelList}) ORDER BY timestamp DESC LIMIT ${opts.limit}`;
    // expect: sql-injection
    const rs = await this.clickhouse.query({ query: sql, query_params: { actorId }, format: "JSONEachRow" });
    return rs.json();
  }

  async countEvents(type: string, actorId: string) {
    if (!LOG_TYPES.has(type)) throw new Error(`unknown log type ${type}`);
    const rs = await this.clickhouse.query({
      query: `SELECT count() AS c FROM events_log WHERE type = {type:String} AND actorId = {actorId:String}`,
      query_params: { type, actorId },
      format: "JSONEachRow",
    });
    return rs.json();
  }
}
