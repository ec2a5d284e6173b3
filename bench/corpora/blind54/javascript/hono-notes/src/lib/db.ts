import { Pool } from 'pg'

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  idleTimeoutMillis: 30_000,
})

const TENANT_RE = /^[a-z0-9_]{1,32}$/

export function schemaFor(tenant: string): string {
  return `tenant_${tenant.toLowerCase()}`
}

export function checkedSchemaFor(tenant: string): string {
  if (!TENANT_RE.test(tenant)) {
    throw new Error('invalid tenant')
  }
  return `tenant_${tenant}`
}

export async function noteById(schema: string, id: number) {
  const { rows } = await pool.query(`SELECT id, title, body FROM ${schema}.notes WHERE id = $1`, [id])
  return rows[0] ?? null
}

export async function audit(schema: string, actor: string, action: string) {
  await pool.query(`INSERT INTO ${schema}.audit (actor, action) VALUES ($1, $2)`, [actor, action])
}
