import { z } from 'zod';
import { router, authProcedure } from '../middleware';
import { searchNotes, searchNotesRaw } from '../lib/noteSearch';
import { auditLog } from '../lib/audit';

export const noteRouter = router({
  list: authProcedure
    .input(z.object({
      searchText: z.string().default(''),
      page: z.number().default(1),
      size: z.number().default(30),
      orderBy: z.enum(['asc', 'desc']).default('desc'),
      advanced: z.boolean().optional(),
    }))
    .query(async ({ input, ctx }) => {
      const { searchText, page, size, orderBy, advanced = false } = input;
      auditLog(ctx.name, `list notes q=${searchText}`);
      if (advanced) {
        return searchNotesRaw(Number(ctx.id), searchText, orderBy);
      }
      return searchNotes(Number(ctx.id), searchText, page, size, orderBy);
    }),
});
