import { PrismaClient } from '@prisma/client';

import { UNITS } from './schema';

export const client = new PrismaClient({ log: ['error'] });

const FILTER_COLUMNS: Record<string, string> = {
  url: 'url_path',
  referrer: 'referrer_domain',
  title: 'page_title',
  eventName: 'event_name',
  country: 'country',
};

export function getDateSQL(field: string, unit: string, timezone?: string): string {
  const safeUnit = (UNITS as readonly string[]).includes(unit) ? unit : 'day';
  if (timezone) {
    return `to_char(date_trunc('${safeUnit}', ${field} at time zone '${timezone}'), 'YYYY-MM-DD HH24:MI:SS')`;
  }
  return `to_char(date_trunc('${safeUnit}', ${field}), 'YYYY-MM-DD HH24:MI:SS')`;
}

export function getFilterQuery(filters: Record<string, string | undefined>): { sql: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  for (const [key, value] of Object.entries(filters)) {
    const column = FILTER_COLUMNS[key];
    if (!column || value === undefined) continue;
    params.push(value);
    clauses.push(`and ${column} = $${params.length + 3}`);
  }
  return { sql: clauses.join('\n'), params };
}

export async function rawQuery<T = unknown>(sql: string, params: unknown[] = []): Promise<T[]> {
  return client.$queryRawUnsafe<T[]>(sql, ...params);
}

export default { client, getDateSQL, getFilterQuery, rawQuery };
