import { initTRPC, TRPCError } from "@trpc/server";

export type Context = {
  user: { id: string; role: "user" | "admin" } | null;
  db: any;
};

const t = initTRPC.context<Context>().create();

export const router = t.router;
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: "UNAUTHORIZED" });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});
