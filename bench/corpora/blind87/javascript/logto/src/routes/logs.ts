import Router from 'koa-router';
import { z } from 'zod';
import type { Pool } from 'pg';
import koaGuard from '../middleware/koa-guard.js';
import { createLogQueries } from '../queries/logs.js';
import { SocialConnectorTester } from '../libs/social-connector.js';

export default function logRoutes(router: Router, pool: Pool) {
  const queries = createLogQueries(pool);
  const tester = new SocialConnectorTester();

  router.get(
    '/logs',
    koaGuard({
      query: z.object({ logKey: z.string().optional(), applicationId: z.string().optional(), userId: z.string().optional() }),
    }),
    async (ctx, next) => {
      const { logKey, applicationId, userId } = ctx.guard.query;
      const [{ rows: count }, { rows }] = await Promise.all([
        queries.countLogs({ logKey, applicationId }),
        queries.findLogs(20, 0, { logKey, userId }),
      ]);
      ctx.body = { count, rows };
      return next();
    }
  );

  router.post(
    '/connectors/:id/test',
    koaGuard({ body: z.object({ config: z.object({ tokenEndpoint: z.string(), clientId: z.string() }) }) }),
    async (ctx, next) => {
      const { config } = ctx.guard.body;
      ctx.body = ctx.query.strict === '1' ? await tester.probeKnownProvider(config) : await tester.probeTokenEndpoint(config);
      return next();
    }
  );
}
