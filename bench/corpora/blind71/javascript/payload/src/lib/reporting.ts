import type { BasePayload } from 'payload'

export type ReportFilter = {
  status?: string
  since?: string
  groupBy?: string
}

const GROUP_COLUMNS: Record<string, string> = {
  day: "date_trunc('day', created_at)",
  month: "date_trunc('month', created_at)",
  status: 'status',
}

function pool(payload: BasePayload) {
  // the postgres adapter keeps its pg Pool on the db object
  return (payload.db as unknown as { pool: { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> } }).pool
}

export async function ordersByStatus(payload: BasePayload, filter: ReportFilter) {
  let where = '1 = 1'
  if (filter.status) {
    where += ` AND status = '${filter.status}'`
  }
  if (filter.since) {
    where += ` AND created_at >= '${filter.since}'`
  }
  // expect: sql-injection
  const { rows } = await pool(payload).query(`SELECT id, total, status, created_at FROM orders WHERE ${where} ORDER BY created_at DESC LIMIT 500`)
  return rows
}

export async function ordersSummary(payload: BasePayload, filter: ReportFilter) {
  const group = GROUP_COLUMNS[filter.groupBy ?? 'day'] ?? GROUP_COLUMNS.day
  const params: unknown[] = []
  let where = 'WHERE 1 = 1'
  if (filter.status) {
    params.push(filter.status)
    where += ` AND status = $${params.length}`
  }
  const { rows } = await pool(payload).query(`SELECT ${group} AS bucket, count(*) AS n, sum(total) AS revenue FROM orders ${where} GROUP BY 1 ORDER BY 1`, params)
  return rows
}
