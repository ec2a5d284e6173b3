import { DataSource } from 'typeorm';

export type PostHit = { id: string; title: string };

/** Prefix-matches post titles with Postgres full-text search. */
export async function searchPostIds(con: DataSource, query: string, limit: number): Promise<PostHit[]> {
  const words = query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((w) => `${w}:*`)
    .join(' & ');
  if (!words) return [];
  // expect: sql-injection
  return con.query(`SELECT id, title FROM post WHERE tsv @@ to_tsquery('english', '${words}') AND NOT deleted ORDER BY "createdAt" DESC LIMIT ${limit}`);
}

/** Tag autocomplete; the prefix is a bound parameter. */
export async function searchTagSuggestions(con: DataSource, query: string, limit: number): Promise<string[]> {
  const rows: { value: string }[] = await con.query(
    `SELECT value FROM keyword WHERE status = 'allow' AND value ILIKE $1 ORDER BY occurrences DESC LIMIT $2`,
    [`${query.replace(/[%_\\]/g, '\\$&')}%`, limit],
  );
  return rows.map((r) => r.value);
}

/** Keeps the last searches of a signed-in user for the "recent" list. */
export async function recordSearch(con: DataSource, userId: string, query: string): Promise<void> {
  await con.query(
    `INSERT INTO search_history ("userId", query, "createdAt") VALUES ($1, $2, now())
     ON CONFLICT ("userId", query) DO UPDATE SET "createdAt" = now()`,
    [userId, query.slice(0, 200)],
  );
}
