import { initTRPC, TRPCError } from "@trpc/server";
import type { CreateNextContextOptions } from "@trpc/server/adapters/next";
import superjson from "superjson";
import { getSession } from "../utils/session";

export async function createContext({ req, res }: CreateNextContextOptions) {
  const session = await getSession(req, res);
  const locale = (req.headers["x-rallly-locale"] as string) ?? "en";
  return { user: session?.user, locale, req, res };
}

const t = initTRPC.context<typeof createContext>().create({ transformer: superjson });

export const router = t.router;
export const publicProcedure = t.procedure;
export const privateProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: "UNAUTHORIZED" });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});
