import { usePool, dateRange } from '~/server/utils/db'

export default defineEventHandler(async (event) => {
  const query = getQuery(event)
  const { start, end } = dateRange(query.from as string | undefined, query.to as string | undefined)
  const status = (query.status as string) ?? 'open'

  let sql = 'SELECT id, title, status FROM reports WHERE 1=1'
  sql += ` AND created_at >= '${start}'`
  sql += ` AND created_at <= '${end}'`
  if (status !== 'any') {
    sql += ` AND status = '${status}'`
  }
  // expect: sql-injection
  const [rows] = await usePool().query(sql)
  return rows
})
