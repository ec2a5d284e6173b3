import Router from "@koa/router";
import validator from "../middleware/validator";
import permission from "../middleware/permission";
import { $t } from "../i18n";
import { login, logout, checkBanIp, getUserUuid } from "../service/user_service";
import { logger } from "../service/log";
import { systemConfig } from "../setting";

const router = new Router({ prefix: "/auth" });

const LOCAL_PAGE = /^\/(#\/)?[\w\-/]*$/;

router.post(
  "/login",
  permission({ token: false, level: null, speedLimit: false }),
  validator({ body: { username: String, password: String } }),
  async (ctx) => {
    const userName = String(ctx.request.body.username);
    const passWord = String(ctx.request.body.password);
    const code = String(ctx.request.body.code ?? "");
    const ip = ctx.get("x-real-ip") || ctx.ip;
    if (!checkBanIp(ctx)) throw new Error($t("TXT_CODE_router.user.overIpTimes"));
    const token = await login(ctx, userName, passWord, code);
    if (!token) {
      // expect: log-injection
      logger.warn(`[LOGIN] ${userName} failed to log in from ${ip}`);
      ctx.body = false;
      return;
    }
    logger.info($t("TXT_CODE_router.user.login_ok"), { uuid: getUserUuid(userName) });
    ctx.body = token;
  }
);

router.get("/logout", permission({ token: false, level: null }), async (ctx) => {
  logout(ctx);
  const next = String(ctx.query.next ?? "/");
  if (LOCAL_PAGE.test(next) && !next.startsWith("//")) {
    ctx.redirect(next);
    return;
  }
  ctx.redirect("/");
});

router.get("/sso/callback", permission({ token: false, level: null }), async (ctx) => {
  const returnTo = String(ctx.query.return_to ?? systemConfig?.loginPage ?? "/");
  if (!ctx.session?.login) {
    ctx.redirect("/#/login");
    return;
  }
  // expect: open-redirect
  ctx.redirect(returnTo);
});

export default router;
