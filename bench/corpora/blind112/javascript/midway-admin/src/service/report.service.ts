import { Provide, Inject, ILogger } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource } from 'typeorm';

const SORTABLE = new Set(['id', 'title', 'created_at']);

@Provide()
export class ReportService {
  @InjectDataSource()
  dataSource: DataSource;

  @Inject()
  logger: ILogger;

  async find(keyword: string, order?: string) {
    const sort = order ?? 'created_at';
    // expect: sql-injection
    return this.dataSource.query(`SELECT id, title FROM report WHERE title LIKE '%${keyword}%' ORDER BY ${sort} DESC`);
  }

  async findSafe(keyword: string, order?: string) {
    const sort = SORTABLE.has(order) ? order : 'created_at';
    return this.dataSource.query(`SELECT id, title FROM report WHERE title LIKE ? ORDER BY ${sort} DESC`, [`%${keyword}%`]);
  }

  audit(operator: string, action: string) {
    // expect: log-injection
    this.logger.info(`[audit] ${operator} performed ${action}`);
  }

  auditSafe(operator: string, action: string) {
    this.logger.info('[audit] %j', { operator, action });
  }
}
