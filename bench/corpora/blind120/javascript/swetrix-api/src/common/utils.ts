import { clickhouse } from './integrations/clickhouse';

export const getIPFromHeaders = (headers: Record<string, string | string[] | undefined>) => {
  const forwarded = headers['x-forwarded-for'];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return value?.split(',')[0]?.trim() || (headers['x-real-ip'] as string) || '';
};

export const ALLOWED_FILTER_COLUMNS = new Set(['cc', 'pg', 'lc', 'br', 'os', 'dv', 'ref', 'so', 'me', 'ca']);

export async function runQuery(query: string, params: Record<string, unknown> = {}) {
  return clickhouse.query({ query, query_params: params, format: 'JSONEachRow' }).then((r) => r.json());
}
