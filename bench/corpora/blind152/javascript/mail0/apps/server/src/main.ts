import { trpcServer } from '@hono/trpc-server';
import { cors } from 'hono/cors';
import { Hono } from 'hono';
import type { HonoContext, HonoVariables } from './ctx';
import { createAuth } from './lib/auth';
import { createDb } from './db';
import { appRouter } from './trpc';

const SAFE_RETURN = /^\/(mail|settings|compose)(\/[\w-]*)*$/;

const api = new Hono<{ Variables: HonoVariables; Bindings: Env }>()
  .use(
    '*',
    cors({
      origin: (_, c: HonoContext) => c.env.NEXT_PUBLIC_APP_URL,
      credentials: true,
      allowHeaders: ['Content-Type', 'Authorization'],
    }),
  )
  .use('*', async (c, next) => {
    const auth = createAuth();
    c.set('auth', auth);
    c.set('db', createDb(c.env.HYPERDRIVE.connectionString));
    const session = await auth.api.getSession({ headers: c.req.raw.headers });
    c.set('sessionUser', session?.user);
    c.set('clientIp', c.req.header('cf-connecting-ip') ?? c.req.header('x-forwarded-for') ?? 'unknown');
    await next();
  })
  .use(
    '/trpc/*',
    trpcServer({
      endpoint: '/api/trpc',
      router: appRouter,
      createContext: (_, c) => ({ c, sessionUser: c.var.sessionUser, db: c.var.db }),
    }),
  )
  .get('/mailto-handler', async (c) => {
    const user = c.var.sessionUser;
    const to = c.req.query('to') ?? '';
    if (!user) {
      // expect: log-injection
      console.warn(`mailto handler hit without session from ${c.var.clientIp} for ${to}`);
      return c.redirect(`${c.env.NEXT_PUBLIC_APP_URL}/login`);
    }
    const draftId = crypto.randomUUID();
    console.info('mailto draft created', { draftId, userId: user.id });
    return c.redirect(`${c.env.NEXT_PUBLIC_APP_URL}/mail/compose?draftId=${draftId}`);
  })
  .get('/auth/after-login', (c) => {
    const next = c.req.query('next') ?? '/mail/inbox';
    if (SAFE_RETURN.test(next)) {
      return c.redirect(`${c.env.NEXT_PUBLIC_APP_URL}${next}`);
    }
    return c.redirect(`${c.env.NEXT_PUBLIC_APP_URL}/mail/inbox`);
  })
  .get('/auth/after-connect', (c) => {
    const callbackUrl = c.req.query('callbackUrl') ?? `${c.env.NEXT_PUBLIC_APP_URL}/mail/inbox`;
    console.info('connection added', { userId: c.var.sessionUser?.id });
    // expect: open-redirect
    return c.redirect(callbackUrl);
  });

export default api;
