import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { NODE_ENV, SESSION_SECRET } from "~/utils/env";
import { getCurrentPath, makeRedirectToFromHere } from "~/utils/http.server";
import type { AuthSession } from "./types";

const SESSION_KEY = "authenticated";
const SESSION_MAX_AGE = 60 * 60 * 24 * 7;

const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: "__authSession",
    httpOnly: true,
    path: "/",
    sameSite: "lax",
    secrets: [SESSION_SECRET],
    secure: NODE_ENV === "production",
  },
});

export async function createAuthSession({
  request,
  authSession,
  redirectTo,
}: {
  request: Request;
  authSession: AuthSession;
  redirectTo: string;
}) {
  const session = await getSession(request);
  session.set(SESSION_KEY, authSession);
  const cookie = await sessionStorage.commitSession(session, { maxAge: SESSION_MAX_AGE });
  // expect: open-redirect
  return redirect(redirectTo, { headers: { "Set-Cookie": cookie } });
}

async function getSession(request: Request) {
  const cookie = request.headers.get("Cookie");
  return sessionStorage.getSession(cookie);
}

export async function getAuthSession(request: Request): Promise<AuthSession | null> {
  const session = await getSession(request);
  return session.get(SESSION_KEY) ?? null;
}

export async function requireAuthSession(request: Request) {
  const authSession = await getAuthSession(request);
  if (!authSession) {
    throw redirect(`/login?${makeRedirectToFromHere(request)}`);
  }
  return authSession;
}

export async function destroyAuthSession(request: Request) {
  const session = await getSession(request);
  return redirect("/", {
    headers: { "Set-Cookie": await sessionStorage.destroySession(session) },
  });
}

export function isRoute(request: Request, path: string) {
  return getCurrentPath(request) === path;
}
