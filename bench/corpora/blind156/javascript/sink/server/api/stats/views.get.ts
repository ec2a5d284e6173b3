// Views over time from Workers Analytics Engine (SQL over HTTP); filters are built with sql-bricks.
import { z } from 'zod'
import SqlBricks from 'sql-bricks'

const { select } = SqlBricks

const QuerySchema = z.object({
  id: z.string().optional(),
  unit: z.enum(['minute', 'hour', 'day']).default('day'),
  clientTimezone: z.string().default('Etc/UTC'),
  startAt: z.coerce.number().int().safe().optional(),
  endAt: z.coerce.number().int().safe().optional(),
  where: z.string().optional(),
})

const UNIT_FORMATS = { minute: '%Y-%m-%d %H:%M', hour: '%Y-%m-%d %H', day: '%Y-%m-%d' } as const

export default eventHandler(async (event) => {
  const query = await getValidatedQuery(event, QuerySchema.parse)
  const { dataset, cfAccountId, cfApiToken } = useRuntimeConfig(event)
  const endpoint = `https://api.cloudflare.com/client/v4/accounts/${cfAccountId}/analytics_engine/sql`
  const headers = { Authorization: `Bearer ${cfApiToken}` }

  const sql = select(`formatDateTime(timestamp, '${UNIT_FORMATS[query.unit]}') as time, SUM(_sample_interval) as visits`)
    .from(dataset)
    .where(query.id ? { index1: query.id } : {})
    .groupBy('time')
    .orderBy('time')
    .toString()

  if (!query.where) {
    return $fetch(endpoint, { method: 'POST', body: sql, headers })
  }

  // expect: sql-injection
  return $fetch(endpoint, { method: 'POST', body: `SELECT blob1 AS slug, SUM(_sample_interval) AS visits FROM ${dataset} WHERE ${query.where} GROUP BY slug`, headers })
})
