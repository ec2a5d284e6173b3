import { Next } from "koa";
import { z, ZodError } from "zod";
import { ValidationError } from "@server/errors";
import { APIContext } from "@server/types";

/**
 * Parses the request against a zod schema of { body, query } and exposes the
 * parsed values as `ctx.input` for the route handler.
 */
export default function validate<T extends z.ZodTypeAny>(schema: T) {
  return async function validateMiddleware(ctx: APIContext, next: Next) {
    try {
      ctx.input = {
        ...(ctx.input ?? {}),
        ...schema.parse({
          body: ctx.request.body,
          query: ctx.request.query,
        }),
      };
    } catch (err) {
      if (err instanceof ZodError) {
        const { path, message } = err.issues[0];
        throw ValidationError(path.length ? `${path.join(".")}: ${message}` : message);
      }
      throw err;
    }
    return next();
  };
}
