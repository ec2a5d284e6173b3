import { tenantQuery, dateRange } from '~/server/utils/db'

const COLUMNS = new Set(['created_at', 'amount', 'status'])

export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id')
  const { from, to, groupBy } = getQuery(event) as Record<string, string | undefined>
  const { start, end } = dateRange(from, to)
  const tenant = event.context.tenant as string

  const group = groupBy && COLUMNS.has(groupBy) ? groupBy : 'status'
  const rows = await tenantQuery(
    tenant,
    `SELECT ${group} AS k, SUM(amount) AS total FROM report_lines WHERE report_id = ? AND created_at BETWEEN ? AND ? GROUP BY ${group}`,
    [id, start, end],
  )
  return { id, rows }
})
