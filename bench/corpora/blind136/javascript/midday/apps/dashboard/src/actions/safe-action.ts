import { createSafeActionClient } from "next-safe-action";
import { createClient } from "@midday/supabase/server";
import { getUserById } from "@midday/db/queries";

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    return e instanceof Error ? e.message : "Something went wrong";
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const supabase = await createClient();
  const { data: { session } } = await supabase.auth.getSession();
  if (!session) {
    throw new Error("Unauthorized");
  }
  const user = await getUserById(session.user.id);
  return next({ ctx: { supabase, user, teamId: user.teamId } });
});
