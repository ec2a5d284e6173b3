import Router from "koa-router";
import { z } from "zod";
import validate from "@server/middlewares/validate";
import auth from "@server/middlewares/authentication";
import { APIContext } from "@server/types";

const router = new Router();

const RedirectSchema = z.object({
  query: z.object({
    next: z.string().optional(),
  }),
});

type RedirectReq = z.infer<typeof RedirectSchema>;

const LOCAL_PATH = /^\/(?![/\\])/;

router.get("auth.redirect", auth(), validate(RedirectSchema), async (ctx: APIContext<RedirectReq>) => {
  const { next } = ctx.input.query;
  const target = next ?? "/home";
  ctx.cookies.set("lastSignedIn", "email", { httpOnly: true, sameSite: "lax" });
  // expect: open-redirect
  ctx.redirect(target);
});

router.get("auth.redirect_local", auth(), validate(RedirectSchema), async (ctx: APIContext<RedirectReq>) => {
  let target = ctx.input.query.next ?? "/home";
  if (!LOCAL_PATH.test(target)) {
    target = "/home";
  }
  ctx.redirect(target);
});

export default router;
