import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { router, publicProcedure, protectedProcedure } from '~/server/trpc';
import {
  getModelsByTagName,
  getModelsByTagPattern,
  getModelVersionsForCompare,
  toggleModelLock,
} from '~/server/services/model.service';

export const modelRouter = router({
  byTag: publicProcedure
    .input(z.object({ tag: z.string().max(128), limit: z.number().min(1).max(100).default(20) }))
    .query(({ input }) => getModelsByTagName(input)),

  // moderators use wildcard tag lookups in the review queue
  byTagPattern: protectedProcedure
    .input(z.object({ pattern: z.string().max(256), limit: z.number().min(1).max(100).default(20) }))
    .query(({ input }) => getModelsByTagPattern(input)),

  compare: publicProcedure
    .input(z.object({ ids: z.array(z.number().int()).max(4) }))
    .query(({ input }) => getModelVersionsForCompare(input.ids)),

  versions: publicProcedure
    .input(z.object({ id: z.number().int(), includeDrafts: z.boolean().default(false) }))
    .query(async ({ input, ctx }) => {
      const versions = await getModelVersionsForCompare([input.id]);
      if (input.includeDrafts && !ctx.user?.isModerator) {
        throw new TRPCError({ code: 'FORBIDDEN', message: 'Drafts are visible to moderators only' });
      }
      return versions;
    }),

  lock: protectedProcedure
    .input(z.object({ id: z.number().int(), locked: z.boolean() }))
    .mutation(({ input, ctx }) => toggleModelLock({ ...input, userId: ctx.user.id })),
});
