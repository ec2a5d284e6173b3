import { z } from 'zod';

import { apps, eq } from '@homarr/db';
import { pingUrlAsync } from '@homarr/ping';

import { createTRPCRouter, protectedProcedure, publicProcedure } from '../../trpc';

export const appRouter = createTRPCRouter({
  // pings the href saved on an app; the client only sends the app id
  ping: publicProcedure.input(z.object({ appId: z.string() })).query(async ({ ctx, input }) => {
    const app = await ctx.db.query.apps.findFirst({ where: eq(apps.id, input.appId) });
    if (!app?.href) return { statusCode: null };
    return pingUrlAsync(app.href);
  }),

  checkUrl: protectedProcedure.input(z.object({ url: z.string().url() })).mutation(async ({ input }) => {
    const started = Date.now();
    // expect: ssrf
    const response = await fetch(input.url, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return { durationMs: Date.now() - started, statusCode: response.status };
  }),
});
