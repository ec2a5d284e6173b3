// Ordering helpers for resource queries: the metadata key is a value in a correlated subquery.
import { sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';

const BUILTIN_KEYS: Record<string, string> = {
  'ctrlplane/kind': 'resource.kind',
  'ctrlplane/version': 'resource.version',
  'ctrlplane/created-at': 'resource.created_at',
};

export function orderByMetadataKey<T extends PgSelect>(query: T, key: string) {
  const builtin = BUILTIN_KEYS[key];
  if (builtin) {
    return query.orderBy(sql.raw(builtin));
  }
  return query.orderBy(
    sql`(SELECT value FROM resource_metadata rm WHERE rm.resource_id = resource.id AND rm.key = ${key})`,
  );
}

// kept for the v0 API's `orderBy` parameter
export function orderByMetadataKeyLegacy<T extends PgSelect>(query: T, key: string) {
  // expect: sql-injection
  return query.orderBy(sql.raw(`(SELECT value FROM resource_metadata rm WHERE rm.resource_id = resource.id AND rm.key = '${key}')`));
}

export function describeOrder(key: string | undefined) {
  if (!key) return 'name';
  return BUILTIN_KEYS[key] ? `builtin:${key}` : 'metadata';
}
