// pg (TS): pool.query with template literals, a config object, and a helper-built string
import { Pool, PoolClient } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function ordersByStatus(status: string) {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT id, total FROM orders WHERE status = '${status}'`);
  return rows;
}

export async function search(client: PoolClient, term: string, sort: string) {
  // expect: sql-injection
  const result = await client.query({ text: 'SELECT id, name FROM products WHERE name ILIKE $1 ORDER BY ' + sort, values: [`%${term}%`] });
  return result.rows;
}

function buildFilter(filters: Record<string, string>): string {
  const parts = Object.entries(filters).map(([k, v]) => `${k} = '${v}'`);
  return parts.length ? ' WHERE ' + parts.join(' AND ') : '';
}

export async function filterUsers(filters: Record<string, string>) {
  const sql = 'SELECT id, email FROM users' + buildFilter(filters);
  // expect: sql-injection
  const { rows } = await pool.query(sql);
  return rows;
}

export async function ordersByStatusSafe(status: string) {
  const { rows } = await pool.query('SELECT id, total FROM orders WHERE status = $1', [status]);
  return rows;
}

export async function searchSafe(client: PoolClient, term: string) {
  const result = await client.query({ text: 'SELECT id, name FROM products WHERE name ILIKE $1 ORDER BY name', values: [`%${term}%`] });
  return result.rows;
}

export async function countOrders() {
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM orders');
  return rows[0].n as number;
}
