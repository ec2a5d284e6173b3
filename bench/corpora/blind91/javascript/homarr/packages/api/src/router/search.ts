import { z } from 'zod';

import { searchApps, searchBoards, searchMedia } from '@homarr/db/src/search';

import { createTRPCRouter, protectedProcedure } from '../trpc';

export const searchRouter = createTRPCRouter({
  all: protectedProcedure
    .input(z.object({ query: z.string().max(100), sortBy: z.string().optional() }))
    .query(async ({ ctx, input }) => {
      const [appResults, boardResults, mediaResults] = await Promise.all([
        searchApps(input.query),
        searchBoards(input.query, ctx.session.user.id),
        searchMedia(input.query, input.sortBy ?? 'created'),
      ]);
      return { apps: appResults, boards: boardResults, media: mediaResults };
    }),
});
