import { createCookie } from "@remix-run/node";

export const returnToCookie = createCookie("returnTo", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  maxAge: 60,
  secure: process.env.NODE_ENV === "production",
});
