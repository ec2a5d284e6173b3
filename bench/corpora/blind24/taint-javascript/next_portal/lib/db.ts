import { Pool } from 'pg';

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function invoicesFor(account: string) {
  const { rows } = await pool.query('SELECT id, total FROM invoices WHERE account = $1', [account]);
  return rows;
}

export async function invoicesMatching(column: string, value: string) {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT id, total FROM invoices WHERE ${column} = '${value}'`);
  return rows;
}
