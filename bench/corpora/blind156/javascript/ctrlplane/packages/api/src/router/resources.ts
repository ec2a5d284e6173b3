// tRPC router for resources: list with filters, ordered by a metadata key.
import { z } from 'zod';
import { and, eq, ilike, inArray, sql, takeFirstOrNull } from '@ctrlplane/db';
import * as schema from '@ctrlplane/db/schema';
import { logger } from '@ctrlplane/logger';
import { createTRPCRouter, protectedProcedure } from '../trpc';
import { orderByMetadataKey } from '@ctrlplane/db/queries/resource-order';

const listInput = z.object({
  workspaceId: z.string().uuid(),
  name: z.string().max(200).default(''),
  kinds: z.array(z.string()).default([]),
  orderByKey: z.string().max(100).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const resourceRouter = createTRPCRouter({
  list: protectedProcedure.input(listInput).query(async ({ ctx, input }) => {
    const where = and(
      eq(schema.resource.workspaceId, input.workspaceId),
      ilike(schema.resource.name, `%${input.name}%`),
      input.kinds.length > 0 ? inArray(schema.resource.kind, input.kinds) : undefined,
    );
    const query = ctx.db.select().from(schema.resource).where(where).limit(input.limit);
    if (input.orderByKey) return orderByMetadataKey(query, input.orderByKey);
    return query.orderBy(schema.resource.name);
  }),

  byIdentifier: protectedProcedure
    .input(z.object({ workspaceId: z.string().uuid(), identifier: z.string() }))
    .query(({ ctx, input }) =>
      ctx.db
        .select()
        .from(schema.resource)
        .where(and(eq(schema.resource.workspaceId, input.workspaceId), eq(schema.resource.identifier, input.identifier)))
        .then(takeFirstOrNull),
    ),

  metadataKeys: protectedProcedure.input(z.string().uuid()).query(async ({ ctx, input }) => {
    logger.info('metadata keys', { workspaceId: input, user: ctx.session.user.id });
    return ctx.db.execute(sql`SELECT DISTINCT key FROM resource_metadata rm JOIN resource r ON r.id = rm.resource_id WHERE r.workspace_id = ${input}`);
  }),
});
