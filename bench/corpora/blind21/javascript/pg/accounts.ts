// pg (TypeScript): an accounts store on node-postgres (Pool, Client, query config objects)
import { Pool, PoolClient, QueryConfig } from 'pg';
import format from 'pg-format';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export async function accountById(id: string) {
  const { rows } = await pool.query('SELECT id, email, plan FROM accounts WHERE id = $1', [id]);
  return rows[0] ?? null;
}

export async function accountsByPlan(plan: string) {
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT id, email FROM accounts WHERE plan = '${plan}'`);
  return rows;
}

export async function accountsByDomain(domain: string) {
  const config: QueryConfig = {
    name: 'accounts-by-domain',
    text: 'SELECT id, email FROM accounts WHERE email LIKE $1',
    values: [`%@${domain}`],
  };
  return (await pool.query(config)).rows;
}

export async function accountsCreatedAfter(date: string) {
  // expect: sql-injection
  const res = await pool.query({ text: "SELECT id FROM accounts WHERE created_at > '" + date + "'" });
  return res.rows;
}

export async function setFlag(client: PoolClient, accountId: string, flag: string, on: boolean) {
  await client.query('UPDATE accounts SET flags = jsonb_set(flags, $2, $3) WHERE id = $1', [accountId, `{${flag}}`, JSON.stringify(on)]);
}

export async function exportTable(table: string, columns: string[]) {
  const sql = format('SELECT %I FROM %I', columns, table);
  return (await pool.query(sql)).rows;
}

export async function exportTableRaw(table: string, where: string) {
  const client = await pool.connect();
  try {
    // expect: sql-injection
    const res = await client.query(`SELECT * FROM ${table} WHERE ${where}`);
    return res.rows;
  } finally {
    client.release();
  }
}

export async function search(filters: { email?: string; plan?: string }) {
  const clauses: string[] = [];
  const values: string[] = [];
  if (filters.email) {
    values.push(`%${filters.email}%`);
    clauses.push(`email ILIKE $${values.length}`);
  }
  if (filters.plan) {
    values.push(filters.plan);
    clauses.push(`plan = $${values.length}`);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  return (await pool.query(`SELECT id, email, plan FROM accounts ${where} LIMIT 100`, values)).rows;
}

export async function searchUnsafe(filters: { email?: string; plan?: string }) {
  let where = 'WHERE 1=1';
  if (filters.email) where += ` AND email ILIKE '%${filters.email}%'`;
  if (filters.plan) where += ` AND plan = '${filters.plan}'`;
  // expect: sql-injection
  return (await pool.query(`SELECT id, email, plan FROM accounts ${where} LIMIT 100`)).rows;
}
