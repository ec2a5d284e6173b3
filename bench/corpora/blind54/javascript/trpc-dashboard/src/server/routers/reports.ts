import { z } from 'zod'
import { router, protectedProcedure } from '../trpc'
import { bucketExpr, metricColumn, ReportBuilder } from '../lib/reporting'

export const reportsRouter = router({
  timeseries: protectedProcedure
    .input(z.object({ interval: z.string(), status: z.string().optional() }))
    .query(async ({ ctx, input }) => {
      const builder = new ReportBuilder(ctx.knex, ctx.orgSlug)
      if (input.status) builder.whereEquals('status', input.status)
      const { rows } = await builder.run(`${bucketExpr(input.interval)} AS bucket, count(*) AS n`)
      return rows
    }),

  metric: protectedProcedure
    .input(z.object({ name: z.string().min(1), from: z.string() }))
    .query(async ({ ctx, input }) => {
      const column = metricColumn(input.name)
      // expect: sql-injection
      const { rows } = await ctx.knex.raw(`SELECT avg((${column})::numeric) AS value FROM events WHERE org = ? AND created_at >= ?`, [ctx.orgSlug, input.from])
      return rows[0]
    }),

  metricChecked: protectedProcedure
    .input(z.object({ name: z.enum(['latency', 'bytes', 'errors']), from: z.string() }))
    .query(async ({ ctx, input }) => {
      const { rows } = await ctx.knex.raw(`SELECT avg((${metricColumn(input.name)})::numeric) AS value FROM events WHERE org = ? AND created_at >= ?`, [ctx.orgSlug, input.from])
      return rows[0]
    }),

  adhoc: protectedProcedure
    .input(z.object({ filter: z.string().max(200) }))
    .query(async ({ ctx, input }) => {
      const builder = new ReportBuilder(ctx.knex, ctx.orgSlug).whereRawText(input.filter)
      const { rows } = await builder.run('count(*) AS n')
      return rows
    }),

  regions: protectedProcedure
    .input(z.object({ region: z.string() }))
    .query(({ ctx, input }) => ctx.knex('events').where({ org: ctx.orgSlug, region: input.region }).count('* as n')),
})
