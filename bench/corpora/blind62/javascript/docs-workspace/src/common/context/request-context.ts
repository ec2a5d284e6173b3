import { AsyncLocalStorage } from 'node:async_hooks';

export interface WorkspaceContext {
  tenantId: string;
  userId: string;
  clientVersion: string;
}

const storage = new AsyncLocalStorage<WorkspaceContext>();

export const RequestContext = {
  run<T>(ctx: WorkspaceContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  get(): WorkspaceContext {
    const ctx = storage.getStore();
    if (!ctx) throw new Error('RequestContext used outside a request');
    return ctx;
  },
};
