import Router from 'koa-router';
import { z } from 'zod';
import koaGuard from '../middleware/koa-guard.js';

type Application = { id: string; redirectUris: string[]; postLogoutRedirectUris: string[] };

export default function interactionRoutes(router: Router, findApplication: (id: string) => Promise<Application>) {
  router.post(
    '/interaction/submit',
    koaGuard({ body: z.object({ redirectTo: z.string().optional(), appId: z.string() }) }),
    async (ctx) => {
      let { redirectTo } = ctx.guard.body;
      if (!redirectTo) redirectTo = '/sign-in/consent';
      // expect: open-redirect
      ctx.redirect(redirectTo);
    }
  );

  router.get(
    '/session/end',
    koaGuard({ query: z.object({ client_id: z.string(), post_logout_redirect_uri: z.string().url() }) }),
    async (ctx) => {
      const { client_id: clientId, post_logout_redirect_uri: target } = ctx.guard.query;
      const application = await findApplication(clientId);
      const destination = application.postLogoutRedirectUris.includes(target) ? target : '/';
      ctx.redirect(destination);
    }
  );
}
