import { z } from 'zod'
import { TRPCError } from '@trpc/server'
import { router, protectedProcedure, publicProcedure } from '../trpc'
import { ensureInitialized } from '../lib/typeorm'
import { Metric } from '../lib/entities/Metric'

const SORT_COLUMNS = ['name', 'value', 'created_at'] as const

export const metricsRouter = router({
  list: protectedProcedure
    .input(z.object({ sort: z.string().default('created_at'), dir: z.string().default('desc') }))
    .query(async ({ ctx, input }) => {
      const ds = await ensureInitialized()
      const column = (SORT_COLUMNS as readonly string[]).includes(input.sort) ? input.sort : 'created_at'
      const direction = input.dir.toLowerCase() === 'asc' ? 'ASC' : 'DESC'
      return ds.query(`SELECT name, value FROM metrics WHERE org = $1 ORDER BY ${column} ${direction} LIMIT 100`, [ctx.orgSlug])
    }),

  byName: protectedProcedure.input(z.object({ name: z.string() })).query(async ({ ctx, input }) => {
    const ds = await ensureInitialized()
    return ds.getRepository(Metric).find({ where: { org: ctx.orgSlug, name: input.name }, take: 100 })
  }),

  rollup: protectedProcedure
    .input(z.object({ names: z.array(z.string()).max(20) }))
    .query(async ({ ctx, input }) => {
      const ds = await ensureInitialized()
      const inList = input.names.map((n) => `'${n}'`).join(', ')
      // expect: sql-injection
      return ds.query(`SELECT name, sum(value) AS total FROM metrics WHERE org = $1 AND name IN (${inList}) GROUP BY name`, [ctx.orgSlug])
    }),

  orgSummary: publicProcedure.query(async ({ ctx }) => {
    const ds = await ensureInitialized()
    // ctx.orgSlug comes from the x-org request header (trpc.ts)
    // expect: sql-injection
    return ds.query(`SELECT count(*) AS n FROM metrics WHERE org = '${ctx.orgSlug}'`)
  }),

  purge: protectedProcedure.input(z.object({ days: z.number().int().min(1).max(365) })).mutation(async ({ ctx, input }) => {
    const ds = await ensureInitialized()
    if (ctx.user.role !== 'admin') throw new TRPCError({ code: 'FORBIDDEN' })
    await ds.query(`DELETE FROM metrics WHERE org = $1 AND created_at < now() - interval '${input.days} days'`, [ctx.orgSlug])
    return { ok: true }
  }),
})
