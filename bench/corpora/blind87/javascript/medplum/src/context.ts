import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

export class RequestContext {
  readonly requestId: string;
  readonly traceId: string;
  readonly tenantSchema: string;

  constructor(requestId: string, traceId: string, tenantSchema: string) {
    this.requestId = requestId;
    this.traceId = traceId;
    this.tenantSchema = tenantSchema;
  }
}

export const requestContextStore = new AsyncLocalStorage<RequestContext>();

export function getRequestContext(): RequestContext {
  const ctx = requestContextStore.getStore();
  if (!ctx) {
    throw new Error('No request context');
  }
  return ctx;
}

export function attachRequestContext(req: Request, res: Response, next: NextFunction): void {
  const requestId = (req.header('x-request-id') as string) || crypto.randomUUID();
  const traceId = (req.header('x-trace-id') as string) || requestId;
  const tenantSchema = (req.header('x-medplum-tenant') as string) || 'public';
  requestContextStore.run(new RequestContext(requestId, traceId, tenantSchema), () => next());
}
