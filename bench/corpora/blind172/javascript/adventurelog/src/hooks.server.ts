import type { Handle, HandleServerError } from "@sveltejs/kit";
import { lucia } from "$lib/server/auth";

/** Reads the Lucia session cookie and fills event.locals for every request. */
export const handle: Handle = async ({ event, resolve }) => {
  const sessionId = event.cookies.get(lucia.sessionCookieName);
  if (!sessionId) {
    event.locals.user = null;
    event.locals.session = null;
    return resolve(event);
  }

  const { session, user } = await lucia.validateSession(sessionId);
  if (session && session.fresh) {
    const cookie = lucia.createSessionCookie(session.id);
    event.cookies.set(cookie.name, cookie.value, { path: ".", ...cookie.attributes });
  }
  if (!session) {
    const cookie = lucia.createBlankSessionCookie();
    event.cookies.set(cookie.name, cookie.value, { path: ".", ...cookie.attributes });
  }
  event.locals.user = user;
  event.locals.session = session;
  return resolve(event);
};

/** Logs unexpected server errors with a short id the user can report. */
export const handleError: HandleServerError = ({ error, event }) => {
  const errorId = crypto.randomUUID();
  console.error(errorId, event.route.id, error);
  return { message: "Something went wrong", errorId };
};
