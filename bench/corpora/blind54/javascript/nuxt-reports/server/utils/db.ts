import mysql from 'mysql2/promise'

let pool: mysql.Pool | undefined

export function usePool(): mysql.Pool {
  if (!pool) {
    const config = useRuntimeConfig()
    pool = mysql.createPool({ uri: config.databaseUrl, connectionLimit: 8, namedPlaceholders: true })
  }
  return pool
}

export async function tenantQuery<T = any>(tenant: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const [rows] = await usePool().query(`/* tenant:${tenant.replace(/[^a-z0-9_-]/gi, '')} */ ${sql}`, params)
  return rows as T[]
}

export function dateRange(from?: string, to?: string) {
  const start = from ?? '1970-01-01'
  const end = to ?? new Date().toISOString().slice(0, 10)
  return { start, end }
}
