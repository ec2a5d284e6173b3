import { z } from "zod";
import { authedProcedure, router } from "../index";
import { LinkCrawlerQueue, VideoWorkerQueue } from "../../shared/queues";

const zNewBookmarkRequest = z.discriminatedUnion("type", [
  z.object({ type: z.literal("link"), url: z.string().url(), crawlFull: z.boolean().optional() }),
  z.object({ type: z.literal("text"), text: z.string() }),
]);

export const bookmarksAppRouter = router({
  createBookmark: authedProcedure.input(zNewBookmarkRequest).mutation(async ({ input, ctx }) => {
    const bookmark = await ctx.db.bookmarks.insert({ userId: ctx.user.id, type: input.type });
    if (input.type === "link") {
      await LinkCrawlerQueue.enqueue({ bookmarkId: bookmark.id, url: input.url, archiveFullPage: input.crawlFull });
      await VideoWorkerQueue.enqueue({ bookmarkId: bookmark.id, url: input.url });
    }
    return bookmark;
  }),
  recrawl: authedProcedure
    .input(z.object({ bookmarkId: z.string(), format: z.string().optional() }))
    .mutation(async ({ input, ctx }) => {
      const link = await ctx.db.bookmarkLinks.findFirst({ id: input.bookmarkId, userId: ctx.user.id });
      await VideoWorkerQueue.enqueue({ bookmarkId: input.bookmarkId, url: link.url, format: input.format });
    }),
});
