import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const BUCKETS: Record<string, string> = { day: 'day', week: 'week', month: 'month' };

@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async aggregate(schema: string, metric: string, groupBy: string, days: number) {
    const parts: string[] = [];
    parts.push(`SELECT ${groupBy} AS bucket, SUM(value) AS total`);
    parts.push(`FROM "${schema}".metrics`);
    parts.push(`WHERE name = $1 AND recorded_at > now() - interval '${days} days'`);
    parts.push(`GROUP BY ${groupBy}`);
    // expect: sql-injection
    return this.dataSource.query(parts.join(' '), [metric]);
  }

  async timeline(metric: string, bucket: string | undefined, days: number) {
    const unit = BUCKETS[bucket ?? 'day'] ?? 'day';
    return this.dataSource.query(
      `SELECT date_trunc('${unit}', recorded_at) AS t, SUM(value) AS total FROM metrics WHERE name = $1 AND recorded_at > now() - make_interval(days => $2) GROUP BY t ORDER BY t`,
      [metric, days],
    );
  }

  async latest(metric: string) {
    return this.dataSource
      .createQueryBuilder()
      .select('m.value', 'value')
      .from('metrics', 'm')
      .where('m.name = :metric', { metric })
      .orderBy('m.recorded_at', 'DESC')
      .limit(1)
      .getRawOne();
  }

  async search(prefix: string) {
    const pattern = `${prefix}%`;
    // expect: sql-injection
    return this.dataSource.query(`SELECT DISTINCT name FROM metrics WHERE name LIKE '${pattern}' LIMIT 50`);
  }
}
