import { createMiddleware } from 'hono/factory';
import { getSession } from './auth';

export const requireOrganization = createMiddleware<{ Variables: { userId: string; organizationId: string } }>(async (c, next) => {
  const session = await getSession(c.req.raw.headers);
  if (!session) {
    return c.json({ error: 'unauthorized' }, 401);
  }
  c.set('userId', session.userId);
  c.set('organizationId', c.req.param('organizationId') ?? session.activeOrganizationId);
  await next();
});
