import { initTRPC, TRPCError } from "@trpc/server";
import type { CreateNextContextOptions } from "@trpc/server/adapters/next";
import { validateRequest } from "./auth";

export const createTRPCContext = async (opts: CreateNextContextOptions) => {
	const { session, user } = await validateRequest(opts.req, opts.res);
	return { session: session ? { ...session, user } : null, req: opts.req, res: opts.res };
};

const t = initTRPC.context<typeof createTRPCContext>().create();

export const createTRPCRouter = t.router;
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
	if (!ctx.session?.user) {
		throw new TRPCError({ code: "UNAUTHORIZED" });
	}
	return next({ ctx: { session: ctx.session as { user: { id: string; role: string } } } });
});
