import type { Pool } from 'pg';
import { getRequestContext } from '../context';
import { SelectQuery } from './sql';

const SORTABLE = ['lastUpdated', 'name', 'birthdate'] as const;

export async function searchResources(pool: Pool, resourceType: string, params: Record<string, string | undefined>) {
  const { tenantSchema } = getRequestContext();
  const query = new SelectQuery(tenantSchema, resourceType);
  if (params.name) {
    query.whereEquals('name', params.name);
  }
  if (params._filter) {
    query.whereExpression(params._filter);
  }
  query.orderBy(params._sort ?? 'lastUpdated', SORTABLE);
  return query.execute(pool);
}
