import { GQLMutationTypeResolver } from "coral-server/graph/schema/__generated__/types";

export const Mutation: GQLMutationTypeResolver<void> = {
  createStory: async (source, { input }, ctx) => ({
    story: await ctx.mutators.Stories.create(input),
    clientMutationId: input.clientMutationId,
  }),
  scrapeStory: async (source, { input }, ctx) => ({
    story: await ctx.mutators.Stories.scrape(input),
    clientMutationId: input.clientMutationId,
  }),
};
