import type { Handle, HandleServerError } from "@sveltejs/kit";
import PocketBase from "pocketbase";
import { env } from "$env/dynamic/private";

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.pb = new PocketBase(env.PUBLIC_POCKETBASE_URL);
  event.locals.pb.authStore.loadFromCookie(event.request.headers.get("cookie") || "");
  event.locals.user = event.locals.pb.authStore.isValid ? event.locals.pb.authStore.record : undefined;
  event.locals.redirectAfterLogin = event.url.searchParams.get("redirect") ?? undefined;

  const response = await resolve(event);
  response.headers.append("set-cookie", event.locals.pb.authStore.exportToCookie({ httpOnly: false }));
  return response;
};

export const handleError: HandleServerError = ({ error, event }) => {
  const message = error instanceof Error ? error.message : "unknown error";
  // expect: log-injection
  console.error(`[${event.request.method}] ${event.url.pathname}: ${message}`);
  return { message: "Internal error" };
};
