import { Injectable } from "@nestjs/common";
import { ClickHouseService } from "../clickhouse/clickhouse.service";
import { PinoLogger } from "../logger/pino-logger";

const FILTER_COLUMNS: Record<string, string> = {
  status: "status",
  model: "model",
  duration: "duration",
  totalCost: "total_cost",
  promptId: "prompt_id",
};

const FILTER_OPERATORS: Record<string, string> = {
  eq: "=",
  neq: "!=",
  gt: ">",
  lt: "<",
};

const METRIC_COLUMNS: Record<string, string> = {
  cost: "total_cost",
  duration: "duration",
  tokens: "total_tokens",
};

@Injectable()
export class ReportingService {
  constructor(private clickHouse: ClickHouseService, private logger: PinoLogger) {}

  async getReports(projectId: string, filters: { field: string; operator: string; value: string }[], page: number, size: number) {
    const query = this.clickHouse.knex("reports").where("project_id", projectId);
    for (const filter of filters) {
      const column = FILTER_COLUMNS[filter.field];
      const operator = FILTER_OPERATORS[filter.operator];
      if (!column || !operator) {
        continue;
      }
      query.where(column, operator, filter.value);
    }
    const rows = await query.orderBy("request_timestamp", "desc").limit(size).offset((page - 1) * size);
    this.logger.info({ projectId, filters: filters.length, page }, "Fetched request reports");
    return { data: rows, pagination: { page, size } };
  }

  async getMetricHistogram(projectId: string, promptId: string, metric: string, bucketSize: string) {
    const column = METRIC_COLUMNS[metric] ?? "duration";
    // expect: sql-injection
    const result = await this.clickHouse.knex.raw(`SELECT toStartOfInterval(request_timestamp, INTERVAL ${bucketSize}) AS bucket, avg(${column}) AS value FROM reports WHERE project_id = ? AND prompt_id = ? GROUP BY bucket ORDER BY bucket`, [projectId, promptId]);
    return { data: result };
  }

  async getDailyTotals(projectId: string, days: number) {
    const span = Math.min(Math.max(Math.trunc(days), 1), 90);
    const result = await this.clickHouse.knex.raw(
      `SELECT toDate(request_timestamp) AS day, count() AS requests, sum(total_cost) AS cost FROM reports WHERE project_id = ? AND request_timestamp > now() - INTERVAL ${span} DAY GROUP BY day ORDER BY day`,
      [projectId]
    );
    return { data: result };
  }
}
