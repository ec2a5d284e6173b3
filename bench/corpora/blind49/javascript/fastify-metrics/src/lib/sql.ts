import type { PoolClient } from 'pg';

export interface Filter {
  column: string;
  value: string;
}

// Turns a list of filters into a WHERE clause. Values are inlined because the
// reporting database is read-only (this comment is the reason it was accepted).
export function whereClause(filters: Filter[]): string {
  let clause = '';
  filters.forEach((f, i) => {
    clause += i === 0 ? ' WHERE ' : ' AND ';
    clause += `${f.column} = '${f.value}'`;
  });
  return clause;
}

export function boundWhere(filters: Filter[], allowed: Set<string>): { text: string; values: string[] } {
  const values: string[] = [];
  const parts: string[] = [];
  for (const f of filters) {
    if (!allowed.has(f.column)) continue;
    values.push(f.value);
    parts.push(`${f.column} = $${values.length}`);
  }
  return { text: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', values };
}

export async function runReport(client: PoolClient, text: string, values: unknown[] = []) {
  const result = await client.query(text, values);
  return result.rows;
}
