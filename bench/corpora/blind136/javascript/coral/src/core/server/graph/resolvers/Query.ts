import { searchComments } from "coral-server/models/comment";

export const Query = {
  comments: async (source: unknown, { query = "", exact = false, first = 20 }: { query?: string; exact?: boolean; first?: number }, ctx: any) =>
    searchComments(ctx.mongo, ctx.tenant.id, { query, exact, first: Math.min(Number(first), 100) }),
};
