import { AsyncLocalStorage } from 'node:async_hooks';
import { Request, Response, NextFunction } from 'express';
import { randomUUID } from 'node:crypto';

export interface RequestContext {
  requestId: string;
  tenantSchema: string;
  userId: string;
  locale: string;
  timezone: string;
}

export const als = new AsyncLocalStorage<RequestContext>();

export function withRequestContext(req: Request, _res: Response, next: NextFunction) {
  const ctx: RequestContext = {
    requestId: req.header('x-request-id') ?? randomUUID(),
    tenantSchema: req.tenant!.schema,
    userId: req.user!.id,
    locale: req.header('accept-language')?.split(',')[0] ?? 'en',
    timezone: req.header('x-timezone') ?? 'UTC',
  };
  als.run(ctx, () => next());
}

export function currentContext(): RequestContext {
  const ctx = als.getStore();
  if (!ctx) throw new Error('no request context');
  return ctx;
}
