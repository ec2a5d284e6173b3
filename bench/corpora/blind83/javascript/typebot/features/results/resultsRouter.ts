import { z } from 'zod';
import { authenticatedProcedure, router } from '../../lib/trpc';
import { searchResults, getResultsByColumn } from './queries';

export const resultsRouter = router({
  searchResults: authenticatedProcedure
    .input(z.object({ typebotId: z.string(), search: z.string().max(200), limit: z.coerce.number().min(1).max(200).default(50) }))
    .query(async ({ input, ctx }) => {
      const { typebotId, search, limit } = input;
      return searchResults({ typebotId, search, limit, userId: ctx.user.id });
    }),
  sortResults: authenticatedProcedure
    .input(z.object({ typebotId: z.string(), column: z.string().optional(), direction: z.enum(['asc', 'desc']).default('desc') }))
    .query(async ({ input }) => {
      let column = input.column;
      column ??= 'createdAt';
      return getResultsByColumn(input.typebotId, column, input.direction);
    }),
});
