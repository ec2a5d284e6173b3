import { initTRPC, TRPCError } from '@trpc/server';
import type { NextApiRequest } from 'next';
import prisma from './prisma';

export const createContext = async ({ req }: { req: NextApiRequest }) => {
  const user = await getAuthenticatedUser(req);
  return { user, workspaceHint: req.headers['x-typebot-workspace'] as string | undefined };
};

const t = initTRPC.context<Awaited<ReturnType<typeof createContext>>>().create();

const isAuthed = t.middleware(({ next, ctx }) => {
  if (!ctx.user?.id) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const router = t.router;
export const authenticatedProcedure = t.procedure.use(isAuthed);

async function getAuthenticatedUser(req: NextApiRequest) {
  const token = req.headers.authorization?.replace('Bearer ', '');
  if (!token) return undefined;
  return prisma.user.findFirst({ where: { apiTokens: { some: { token } } } });
}
