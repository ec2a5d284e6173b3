import { Request, Response } from "express";

const REDIRECT_COOKIE = "coral:redirect";

export function startLogin(req: Request, res: Response) {
  const redirectTo = (req.query.redirectTo as string) || "/embed/auth/callback";
  res.cookie(REDIRECT_COOKIE, redirectTo, { httpOnly: true, sameSite: "lax" });
  res.redirect(`/api/auth/${encodeURIComponent(String(req.params.strategy))}`);
}

export function loginCallback(req: Request, res: Response) {
  const redirectTo = req.cookies[REDIRECT_COOKIE];
  res.clearCookie(REDIRECT_COOKIE);
  if (req.query.popup === "1") {
    return res.redirect("/embed/auth/callback");
  }
  // expect: open-redirect
  return res.redirect(redirectTo || "/admin");
}
