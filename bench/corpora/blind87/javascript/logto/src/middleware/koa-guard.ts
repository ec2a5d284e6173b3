import type { MiddlewareType } from 'koa';
import { z, type ZodType } from 'zod';
import RequestError from '../utils/request-error.js';

export type GuardConfig<B, Q, P> = {
  body?: ZodType<B>;
  query?: ZodType<Q>;
  params?: ZodType<P>;
  status?: number | number[];
};

export type WithGuardContext<B, Q, P> = { guard: { body: B; query: Q; params: P } };

const parse = <T>(schema: ZodType<T> | undefined, value: unknown): T =>
  (schema ? schema.parse(value) : value) as T;

export default function koaGuard<B = unknown, Q = unknown, P = unknown>(
  config: GuardConfig<B, Q, P>
): MiddlewareType<WithGuardContext<B, Q, P>> {
  return async (ctx, next) => {
    try {
      ctx.guard = {
        body: parse(config.body, ctx.request.body),
        query: parse(config.query, ctx.request.query),
        params: parse(config.params, ctx.params),
      };
    } catch (error: unknown) {
      if (error instanceof z.ZodError) {
        throw new RequestError({ code: 'guard.invalid_input', status: 400 }, error);
      }
      throw error;
    }
    return next();
  };
}
