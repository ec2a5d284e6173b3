// tRPC router for job agents (GitHub, Kubernetes, custom webhooks): create, test, and re-run dispatch.
import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { and, eq, takeFirstOrNull } from '@ctrlplane/db';
import * as schema from '@ctrlplane/db/schema';
import { logger } from '@ctrlplane/logger';
import { Channel, getQueue } from '@ctrlplane/events';
import { orderByMetadataKeyLegacy } from '@ctrlplane/db/queries/resource-order';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const jobAgentRouter = createTRPCRouter({
  testStored: protectedProcedure.input(z.string().uuid()).mutation(async ({ ctx, input }) => {
    const agent = await ctx.db.select().from(schema.jobAgent).where(eq(schema.jobAgent.id, input)).then(takeFirstOrNull);
    if (!agent) throw new TRPCError({ code: 'NOT_FOUND' });
    const res = await fetch(`${agent.config.url}/health`, { signal: AbortSignal.timeout(5000) });
    return { ok: res.ok };
  }),

  testUrl: protectedProcedure.input(z.object({ url: z.string().url() })).mutation(async ({ ctx, input }) => {
    // expect: log-injection
    logger.info(`testing job agent url ${input.url} for ${ctx.session.user.email}`);
    // expect: ssrf
    const res = await fetch(`${input.url}/health`, { signal: AbortSignal.timeout(5000) });
    return { ok: res.ok, status: res.status };
  }),

  runScript: protectedProcedure
    .input(z.object({ jobAgentId: z.string().uuid(), variables: z.record(z.string()) }))
    .mutation(async ({ ctx, input }) => {
      await getQueue(Channel.RunScript).add(input.jobAgentId, { jobAgentId: input.jobAgentId, variables: input.variables, userId: ctx.session.user.id });
      return { queued: true };
    }),

  resourcesByKey: protectedProcedure
    .input(z.object({ workspaceId: z.string().uuid(), key: z.string() }))
    .query(({ ctx, input }) => {
      const query = ctx.db.select().from(schema.resource).where(and(eq(schema.resource.workspaceId, input.workspaceId))).$dynamic();
      return orderByMetadataKeyLegacy(query, input.key);
    }),
});
