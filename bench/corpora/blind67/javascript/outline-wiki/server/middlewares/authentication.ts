import { Next } from "koa";
import { AuthenticationError } from "@server/errors";
import { getUserForJWT } from "@server/utils/jwt";
import { AppContext } from "@server/types";

type AuthenticationOptions = {
  optional?: boolean;
};

export default function auth(options: AuthenticationOptions = {}) {
  return async function authMiddleware(ctx: AppContext, next: Next) {
    const header = ctx.request.get("authorization");
    const token = header?.startsWith("Bearer ") ? header.slice(7) : ctx.cookies.get("accessToken");

    if (!token) {
      if (options.optional) {
        return next();
      }
      throw AuthenticationError("Authentication required");
    }

    const user = await getUserForJWT(String(token));
    ctx.state.auth = { user, token: String(token), type: "app" };
    return next();
  };
}
