import { z } from 'zod';
import { router, publicProcedure } from '../middleware';
import { linkPreview } from '../lib/linkPreview';

export const publicRouter = router({
  linkPreview: publicProcedure
    .input(z.object({ url: z.string() }))
    .query(async ({ input }) => linkPreview(input.url)),
});
