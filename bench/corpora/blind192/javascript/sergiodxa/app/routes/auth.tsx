import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

import { authenticator } from "~/services/auth.server";
import { sessionStorage } from "~/services/session.server";
import { safeRedirect } from "~/utils/safe-redirect";

// GET /auth?returnTo=/tutorials: stores where to go after GitHub sends the user back.
export async function loader({ request }: LoaderFunctionArgs) {
  let url = new URL(request.url);
  let session = await sessionStorage.getSession(request.headers.get("Cookie"));
  session.set("returnTo", url.searchParams.get("returnTo") ?? "/");
  throw redirect("/auth/github", {
    headers: { "Set-Cookie": await sessionStorage.commitSession(session) },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  return authenticator.authenticate("github", request);
}

// Called from routes/auth.github.callback.tsx
export async function finishLogin(request: Request) {
  let user = await authenticator.authenticate("github", request);
  let session = await sessionStorage.getSession(request.headers.get("Cookie"));
  session.set(authenticator.sessionKey, user);
  let returnTo = session.get("returnTo") ?? "/";
  session.unset("returnTo");
  let headers = { "Set-Cookie": await sessionStorage.commitSession(session) };
  // expect: open-redirect
  return redirect(returnTo, { headers });
}

export async function logout(request: Request) {
  let session = await sessionStorage.getSession(request.headers.get("Cookie"));
  let url = new URL(request.url);
  let to = safeRedirect(url.searchParams.get("redirectTo"), "/");
  return redirect(to, {
    headers: { "Set-Cookie": await sessionStorage.destroySession(session) },
  });
}
