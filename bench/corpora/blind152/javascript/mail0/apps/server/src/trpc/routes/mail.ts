import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { activeDriverProcedure, router } from '../trpc';
import { searchThreads, searchThreadsLegacy } from '../../db/thread-search';
import { fetchRemoteImage, fetchTrustedAvatar } from '../../lib/image-proxy';

export const mailRouter = router({
  listThreads: activeDriverProcedure
    .input(
      z.object({
        folder: z.string().default('inbox'),
        q: z.string().default(''),
        maxResults: z.number().int().min(1).max(100).default(50),
        legacySearch: z.boolean().default(false),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { folder, q, maxResults, legacySearch } = input;
      const connectionId = ctx.activeConnection.id;
      if (legacySearch) {
        return searchThreadsLegacy(ctx.db, connectionId, folder, q, maxResults);
      }
      return searchThreads(ctx.db, connectionId, folder, q, maxResults);
    }),

  proxyImage: activeDriverProcedure
    .input(z.object({ src: z.string(), kind: z.enum(['inline', 'avatar']).default('inline') }))
    .query(async ({ input }) => {
      if (input.kind === 'avatar') {
        const data = await fetchTrustedAvatar(input.src);
        return { data };
      }
      const data = await fetchRemoteImage(input.src);
      if (!data) throw new TRPCError({ code: 'NOT_FOUND' });
      return { data };
    }),

  markAsRead: activeDriverProcedure
    .input(z.object({ ids: z.string().array() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.driver.modifyLabels(input.ids, { addLabels: [], removeLabels: ['UNREAD'] });
      return { success: true };
    }),
});
