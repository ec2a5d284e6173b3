import { getServerSession } from "next-auth";
import { createSafeActionClient } from "next-safe-action";
import { authOptions } from "@/modules/auth/lib/authOptions";
import { getUser } from "@/lib/user/service";
import { logger } from "@formbricks/logger";
import { AuthenticationError, AuthorizationError } from "@formbricks/types/errors";

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    if (e instanceof AuthenticationError || e instanceof AuthorizationError) {
      return e.message;
    }
    logger.error(e, "SERVER ERROR");
    return "Something went wrong while executing the operation.";
  },
});

export const authenticatedActionClient = actionClient.use(async ({ next }) => {
  const session = await getServerSession(authOptions);
  if (!session?.user) {
    throw new AuthenticationError("Not authenticated");
  }
  const user = await getUser(session.user.id);
  if (!user) {
    throw new AuthorizationError("User not found");
  }
  return next({ ctx: { user } });
});
