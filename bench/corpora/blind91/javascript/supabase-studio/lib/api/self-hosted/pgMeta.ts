import { Pool } from 'pg';
import { literal } from 'pg-format';

// self-hosted studio talks to the project database with the service connection string
const pool = new Pool({ connectionString: process.env.POSTGRES_CONNECTION_STRING, max: 4 });

export async function listTables(schema: string) {
  const { rows } = await pool.query(
    `select c.oid::int8 as id, c.relname as name, nc.nspname as schema from pg_class c join pg_namespace nc on nc.oid = c.relnamespace where c.relkind in ('r', 'p') and nc.nspname = ${literal(schema)} order by c.relname`,
  );
  return rows;
}

export async function listColumnPrivileges(table: string, role: string) {
  // expect: sql-injection
  const { rows } = await pool.query(`select column_name, privilege_type from information_schema.column_privileges where table_name = '${table}' and grantee = '${role}'`);
  return rows;
}

export async function listPolicies(table: string) {
  const { rows } = await pool.query('select policyname, cmd, qual from pg_policies where tablename = $1', [table]);
  return rows;
}
