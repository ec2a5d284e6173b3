import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';

import type { Session } from '@homarr/auth';
import { db } from '@homarr/db';

export const createTRPCContext = (opts: { headers: Headers; session: Session | null }) => {
  const source = opts.headers.get('x-trpc-source') ?? 'unknown';
  return { db, session: opts.session, source };
};

const t = initTRPC.context<typeof createTRPCContext>().create({
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: { ...shape.data, zodError: error.cause instanceof ZodError ? error.cause.flatten() : null },
  }),
  transformer: superjson,
});

export const createTRPCRouter = t.router;
export const publicProcedure = t.procedure;

export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.session?.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { session: { ...ctx.session, user: ctx.session.user } } });
});

export const permissionRequiredProcedure = {
  requiresPermission: (permission: 'admin' | 'integration-create' | 'board-view-all') =>
    protectedProcedure.use(({ ctx, next }) => {
      if (!ctx.session.user.permissions.includes(permission)) throw new TRPCError({ code: 'FORBIDDEN' });
      return next();
    }),
};
