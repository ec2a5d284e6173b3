import { IMiddleware, Middleware } from '@midwayjs/core';
import { Context, NextFunction } from '@midwayjs/koa';

@Middleware()
export class TraceMiddleware implements IMiddleware<Context, NextFunction> {
  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      ctx.state.operator = ctx.get('x-operator') || 'anonymous';
      ctx.state.traceId = ctx.get('x-trace-id');
      await next();
    };
  }

  static getName(): string {
    return 'trace';
  }
}
