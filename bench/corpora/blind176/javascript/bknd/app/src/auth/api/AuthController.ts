import { Hono } from "hono";
import { getSignedCookie, setSignedCookie } from "hono/cookie";
import type { App } from "../../App";

const REDIRECT_COOKIE = "bknd_redirect";

export class AuthController {
   constructor(private app: App) {}

   /** Same-origin check for the value posted by the login form. */
   private getSafeUrl(c: { req: { url: string } }, value: string | undefined) {
      const origin = new URL(c.req.url).origin;
      if (!value) return origin + "/";
      try {
         const target = new URL(value, origin);
         return target.origin === origin ? target.toString() : origin + "/";
      } catch {
         return origin + "/";
      }
   }

   getController() {
      const hono = new Hono();
      const secret = this.app.modules.auth.config.jwt.secret;

      hono.post("/password/login", async (c) => {
         const form = await c.req.parseBody();
         const result = await this.app.modules.auth.authenticator.login("password", {
            email: String(form.email ?? ""),
            password: String(form.password ?? ""),
         });
         if (!result) return c.json({ error: "Invalid credentials" }, 401);
         await this.app.modules.auth.authenticator.setAuthCookie(c, result.token);
         return c.redirect(this.getSafeUrl(c, form.redirect as string | undefined));
      });

      hono.get("/:strategy/login", async (c) => {
         const strategy = this.app.modules.auth.authenticator.strategy(c.req.param("strategy"));
         if (!strategy) return c.json({ error: "Unknown strategy" }, 404);
         await setSignedCookie(c, REDIRECT_COOKIE, c.req.query("redirect") ?? "/", secret, { httpOnly: true, sameSite: "Lax", maxAge: 600, path: "/" });
         return c.redirect(await strategy.authorizationUrl(new URL(c.req.url).origin));
      });

      hono.get("/:strategy/callback", async (c) => {
         const strategy = this.app.modules.auth.authenticator.strategy(c.req.param("strategy"));
         if (!strategy) return c.json({ error: "Unknown strategy" }, 404);
         const profile = await strategy.callback(c.req.url);
         const result = await this.app.modules.auth.authenticator.resolve("login", strategy, profile);
         await this.app.modules.auth.authenticator.setAuthCookie(c, result.token);
         const target = (await getSignedCookie(c, secret, REDIRECT_COOKIE)) || "/";
         // expect: open-redirect
         return c.redirect(target);
      });

      return hono;
   }
}
