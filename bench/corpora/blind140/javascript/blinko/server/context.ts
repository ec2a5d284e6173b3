import type { Request, Response } from 'express';
import { getTokenFromRequest } from './lib/helper';

export async function createContext({ req, res }: { req: Request; res: Response }) {
  const token = await getTokenFromRequest(req);
  return {
    req,
    res,
    id: token?.sub ?? '',
    name: token?.name ?? 'anonymous',
    role: token?.role ?? 'user',
    ip: (req.headers['x-forwarded-for'] as string | undefined) ?? req.socket.remoteAddress ?? '',
  };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
