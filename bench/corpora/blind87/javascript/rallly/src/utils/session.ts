import type { IncomingMessage, ServerResponse } from "http";
import { getIronSession } from "iron-session";

export type SessionData = { user?: { id: string; email: string; isGuest: boolean } };

export function getSession(req: IncomingMessage, res: ServerResponse) {
  return getIronSession<SessionData>(req, res, {
    password: process.env.SECRET_PASSWORD as string,
    cookieName: "rallly-session",
  });
}

export function isRelativePath(value: string | undefined): value is string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\");
}
