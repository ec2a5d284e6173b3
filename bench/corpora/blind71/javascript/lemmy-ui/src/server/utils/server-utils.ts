import type { NextFunction, Request, Response } from "express";
import { LemmyHttp } from "lemmy-js-client";

const internalHost = process.env["LEMMY_UI_LEMMY_INTERNAL_HOST"] || "lemmy:8536";

export function setCacheControl(req: Request, res: Response, next: NextFunction) {
  const user = req.cookies?.jwt;
  let caching: string;
  if (process.env.NODE_ENV === "production" && (req.path.match(/\.(js|css|txt|manifest\.webmanifest)\/?$/) || req.path.includes("/css/themelist"))) {
    caching = "public, max-age=86400";
  } else if (user) {
    caching = "private";
  } else {
    caching = "public, max-age=5";
  }
  res.setHeader("Cache-Control", caching);
  next();
}

export async function fetchSite(auth?: string) {
  const client = new LemmyHttp(`http://${internalHost}`, { headers: auth ? { Authorization: `Bearer ${auth}` } : {} });
  try {
    return await client.getSite();
  } catch {
    return undefined;
  }
}
