import type { NextApiRequest, NextApiResponse } from "next";
import { getSession, isRelativePath } from "../../../utils/session";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req, res);
  const { callbackUrl, token } = req.query as { callbackUrl?: string; token?: string };
  if (!token) {
    return res.status(400).json({ error: "missing token" });
  }
  await session.save();
  if (req.query.legacy) {
    const target = callbackUrl || "/";
    // expect: open-redirect
    return res.redirect(307, target);
  }
  res.redirect(307, isRelativePath(callbackUrl) ? callbackUrl : "/");
}
