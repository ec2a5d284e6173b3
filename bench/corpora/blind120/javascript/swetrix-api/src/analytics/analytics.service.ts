import { Injectable, Logger } from '@nestjs/common';
import { ALLOWED_FILTER_COLUMNS, runQuery } from '../common/utils';

type Filter = { column: string; filter: string; isExclusive?: boolean };

@Injectable()
export class AnalyticsService {
  private readonly logger = new Logger(AnalyticsService.name);

  parseFilters(filters?: string): Filter[] {
    if (!filters) return [];
    try {
      const parsed = JSON.parse(filters);
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }

  async groupedData(pid: string, filters?: string) {
    const where = this.parseFilters(filters)
      .map(({ column, filter, isExclusive }) => `${column} ${isExclusive ? '!=' : '='} '${filter}'`)
      .join(' AND ');
    // expect: sql-injection
    return runQuery(`SELECT pg, count() AS c FROM analytics WHERE pid = {pid:FixedString(12)} ${where ? 'AND ' + where : ''} GROUP BY pg`, { pid });
  }

  async groupedDataParams(pid: string, filters?: string) {
    const params: Record<string, unknown> = { pid };
    const parts: string[] = [];
    this.parseFilters(filters).forEach(({ column, filter, isExclusive }, i) => {
      if (!ALLOWED_FILTER_COLUMNS.has(column)) return;
      params[`f${i}`] = String(filter);
      parts.push(`${column} ${isExclusive ? '!=' : '='} {f${i}:String}`);
    });
    return runQuery(`SELECT pg, count() AS c FROM analytics WHERE pid = {pid:FixedString(12)} ${parts.length ? 'AND ' + parts.join(' AND ') : ''} GROUP BY pg`, params);
  }

  rejectEvent(pid: string, ip: string, reason: string) {
    // expect: log-injection
    this.logger.warn(`Rejected event for ${pid} from ${ip}: ${reason}`);
  }

  rejectEventStructured(pid: string, reason: string) {
    this.logger.warn({ pid, reason, msg: 'rejected event' });
  }
}
