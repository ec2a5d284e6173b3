import { z } from 'zod';
import { router, workspaceProcedure } from '../trpc';
import { getWebsitePageviews, getWebsitePageviewsByPath } from '../../model/website';

export const websiteRouter = router({
  pageviews: workspaceProcedure
    .input(
      z.object({
        websiteId: z.string().cuid2(),
        startAt: z.number(),
        endAt: z.number(),
        url: z.string().optional(),
        groupBy: z.string().default('day'),
      })
    )
    .query(async ({ input }) => {
      const { websiteId, startAt, endAt, url, groupBy } = input;
      if (url) {
        return getWebsitePageviewsByPath(websiteId, new Date(startAt), new Date(endAt), url);
      }
      return getWebsitePageviews(websiteId, new Date(startAt), new Date(endAt), groupBy);
    }),
});
