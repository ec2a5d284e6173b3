import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.CACHE_DATABASE_URL });

export async function cacheGet(repo: string): Promise<string[] | null> {
  const { rows } = await pool.query('SELECT origins FROM giscus_config WHERE repo = $1', [repo]);
  return rows[0]?.origins ?? null;
}

export async function cachePut(repo: string, origins: string[]) {
  await pool.query(
    'INSERT INTO giscus_config (repo, origins) VALUES ($1, $2) ON CONFLICT (repo) DO UPDATE SET origins = $2',
    [repo, origins],
  );
}

export async function countLookups(term: string, category = 'Announcements') {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT count(*) FROM lookups WHERE term = '${term}' AND category = '${category}'`);
  return Number(rows[0].count);
}
