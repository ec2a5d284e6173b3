import TenantContext from "coral-server/graph/context";
import { createStory, scrapeStory } from "coral-server/services/stories";

export const Stories = (ctx: TenantContext) => ({
  create: (input: { url: string; id?: string }) =>
    createStory(ctx.mongo, ctx.tenant, input.id, input.url),
  scrape: (input: { url: string; id: string }) =>
    scrapeStory(ctx.mongo, ctx.tenant, input.id, input.url),
});
