import { Pool } from 'pg'

const pool = new Pool({ connectionString: process.env.NHOST_POSTGRES_URL })

export async function rawQuery(sql: string, values: unknown[] = []) {
  const { rows } = await pool.query(sql, values)
  return rows
}

const EXPORTABLE: Record<string, string> = {
  todos: 'public.todos',
  projects: 'public.projects',
}

export function exportTable(name: string): string | undefined {
  return EXPORTABLE[name]
}
