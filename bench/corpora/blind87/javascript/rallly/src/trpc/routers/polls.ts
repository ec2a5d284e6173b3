import { z } from "zod";
import { privateProcedure, router } from "../trpc";
import { listPolls, searchPolls } from "../../server/poll-search";

const listInput = z.object({
  status: z.string().optional(),
  search: z.string().optional(),
  sort: z.enum(["createdAt", "title"]).default("createdAt"),
});

export const polls = router({
  list: privateProcedure.input(listInput).query(async ({ ctx, input }) => {
    return listPolls({ userId: ctx.user.id, ...input });
  }),
  search: privateProcedure.input(listInput).query(async ({ ctx, input }) => {
    return searchPolls({ userId: ctx.user.id, search: input.search, sort: input.sort });
  }),
});
