import { AsyncLocalStorage } from 'async_hooks';
import { randomUUID } from 'crypto';
import type { NextFunction, Request, Response } from 'express';

export interface RequestContext {
  requestId: string;
  workspaceId: string;
  branchName: string;
  userEmail?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function requestContext(req: Request, _res: Response, next: NextFunction): void {
  const ctx: RequestContext = {
    requestId: randomUUID(),
    workspaceId: req.header('x-appsmith-workspace') ?? 'default',
    branchName: (req.query.branchName as string) || 'master',
    userEmail: req.header('x-appsmith-user') ?? undefined,
  };
  storage.run(ctx, () => next());
}

export function getContext(): RequestContext {
  const ctx = storage.getStore();
  if (!ctx) {
    throw new Error('request context is not available outside a request');
  }
  return ctx;
}
