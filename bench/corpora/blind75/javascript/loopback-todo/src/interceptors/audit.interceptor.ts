import { inject, injectable, Interceptor, InvocationContext, InvocationResult, Provider, ValueOrPromise } from '@loopback/core';
import { Request, RestBindings } from '@loopback/rest';

@injectable({ tags: { key: 'interceptors.audit' } })
export class AuditInterceptor implements Provider<Interceptor> {
  constructor(@inject(RestBindings.Http.REQUEST, { optional: true }) private readonly request?: Request) {}

  value(): Interceptor {
    return this.intercept.bind(this);
  }

  private static readonly SKIPPED = new Set(['find', 'byTag', 'byStatus']);

  async intercept(invocationCtx: InvocationContext, next: () => ValueOrPromise<InvocationResult>): Promise<InvocationResult> {
    if (AuditInterceptor.SKIPPED.has(invocationCtx.methodName)) {
      return next();
    }
    const client = this.request?.headers['x-client-name'] ?? 'unknown';
    const method = invocationCtx.methodName;
    // expect: log-injection
    console.log(`audit: ${invocationCtx.targetName} ${method} by ${client}`);
    const started = Date.now();
    try {
      return await next();
    } finally {
      console.log('audit: %s took %dms', method, Date.now() - started);
    }
  }
}

export function auditKey(targetName: string, methodName: string): string {
  return `${targetName.replace(/\W/g, '_')}.${methodName}`;
}
