import { AsyncLocalStorage } from 'node:async_hooks';
import { Request, Response } from 'express';

import { IUser } from '@gauzy/contracts';

// one RequestContext per request, set by RequestContextMiddleware and read anywhere below
export class RequestContext {
  private static storage = new AsyncLocalStorage<RequestContext>();

  readonly id = Math.random().toString(36).slice(2);

  constructor(
    public readonly request: Request,
    public readonly response: Response,
  ) {}

  static run(context: RequestContext, next: () => void) {
    this.storage.run(context, next);
  }

  static currentRequestContext(): RequestContext | undefined {
    return this.storage.getStore();
  }

  static currentUser(): IUser | null {
    return (this.currentRequestContext()?.request?.user as IUser) ?? null;
  }

  static currentTenantId(): string | null {
    return this.currentUser()?.tenantId ?? null;
  }

  // the organization switcher in the UI sends the selected organization as a header
  static currentOrganizationId(): string | null {
    const header = this.currentRequestContext()?.request?.headers['organization-id'];
    return (Array.isArray(header) ? header[0] : header) ?? null;
  }
}
