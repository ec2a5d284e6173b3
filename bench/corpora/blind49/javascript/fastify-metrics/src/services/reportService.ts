import type { PoolClient } from 'pg';
import { METRIC_COLUMNS, INTERVALS } from '../lib/config';
import { whereClause, boundWhere, Filter } from '../lib/sql';

export class ReportService {
  private readonly table: string;
  private lastMetric = 'cpu_pct';

  constructor(private readonly client: PoolClient, workspace: string) {
    this.table = `metrics_${workspace}`;
  }

  async series(metric: string, interval: string) {
    const column = METRIC_COLUMNS[metric] ?? 'cpu_pct';
    const span = (INTERVALS as readonly string[]).includes(interval) ? interval : '1 day';
    this.lastMetric = column;
    const { rows } = await this.client.query(
      `SELECT bucket, avg(${column}) AS v FROM metrics WHERE bucket > now() - interval '${span}' GROUP BY bucket ORDER BY bucket`,
    );
    return rows;
  }

  async forWorkspace(host: string) {
    // expect: sql-injection
    const { rows } = await this.client.query(`SELECT host, ${this.lastMetric} FROM ${this.table} WHERE host = $1`, [host]);
    return rows;
  }

  async filtered(filters: Filter[]) {
    const sql = 'SELECT host, bucket, cpu_pct FROM metrics' + whereClause(filters);
    // expect: sql-injection
    const { rows } = await this.client.query(sql);
    return rows;
  }

  async filteredSafe(filters: Filter[]) {
    const { text, values } = boundWhere(filters, new Set(['host', 'region', 'service']));
    const { rows } = await this.client.query('SELECT host, bucket, cpu_pct FROM metrics' + text, values);
    return rows;
  }

  async topHosts(limit: string) {
    const n = Number.parseInt(limit, 10);
    const safe = Number.isFinite(n) && n > 0 && n <= 500 ? n : 20;
    const { rows } = await this.client.query(`SELECT host, max(cpu_pct) FROM metrics GROUP BY host ORDER BY 2 DESC LIMIT ${safe}`);
    return rows;
  }
}
