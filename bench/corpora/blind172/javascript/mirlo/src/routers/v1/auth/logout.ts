import { Request, Response } from "express";

import { clearJWT } from "../../../auth/jwt";
import prisma from "@mirlo/prisma";

const LOCAL_PATH = /^\/(?!\/)[\w\-./?=&%]*$/;

/** GET /v1/auth/logout?next=/some/page : clears the cookies and returns to the app. */
export async function logout(req: Request, res: Response) {
  clearJWT(res);
  const next = typeof req.query.next === "string" ? req.query.next : "";
  const client = await prisma.client.findFirst({ where: { applicationName: "frontend" } });
  const base = client?.applicationUrl ?? process.env.REACT_APP_CLIENT_DOMAIN ?? "/";

  if (next && LOCAL_PATH.test(next)) {
    return res.redirect(`${base}${next}`);
  }
  res.redirect(base);
}

/** GET /v1/auth/stripe/return?to=... : Stripe Connect sends the artist back here after onboarding. */
export async function stripeReturn(req: Request, res: Response) {
  const to = req.query.to;
  const artistId = Number(req.query.artistId);
  if (Number.isFinite(artistId)) {
    const artist = await prisma.artist.findUnique({ where: { id: artistId } });
    if (artist) {
      const client = await prisma.client.findFirst({ where: { applicationName: "frontend" } });
      return res.redirect(`${client?.applicationUrl}/manage/artists/${artist.id}`);
    }
  }
  if (typeof to === "string" && to.length > 0) {
    // expect: open-redirect
    return res.redirect(to);
  }
  res.redirect(process.env.REACT_APP_CLIENT_DOMAIN ?? "/");
}
