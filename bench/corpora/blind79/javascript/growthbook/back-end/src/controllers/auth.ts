import { Request, Response } from "express";
import { APP_ORIGIN } from "../util/secrets";
import { createSessionForCode } from "../services/auth";

function getSafeReturnPath(value: unknown): string {
  if (typeof value !== "string") return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

export async function getOAuthCallback(req: Request, res: Response) {
  const { code, state } = req.query as { code?: string; state?: string };
  await createSessionForCode(code || "", res);
  let returnTo = "/";
  try {
    returnTo = JSON.parse(Buffer.from(state || "", "base64").toString("utf8")).returnTo;
  } catch {
    returnTo = "/";
  }
  res.redirect(APP_ORIGIN + getSafeReturnPath(returnTo));
}

export async function getLogoutRedirect(req: Request, res: Response) {
  res.clearCookie("AUTH_ACCESS_TOKEN");
  const next = (req.query.next as string) ?? APP_ORIGIN;
  // expect: open-redirect
  res.redirect(next);
}
