import { createCookieSessionStorage } from "@remix-run/node";

const storage = createCookieSessionStorage({
  cookie: {
    name: "__authSession",
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    secrets: [process.env.SESSION_SECRET || ""],
  },
});

export const getSession = (cookie?: string) => storage.getSession(cookie);
export const commitSession = storage.commitSession;
