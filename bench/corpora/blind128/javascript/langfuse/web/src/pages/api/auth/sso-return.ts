import type { NextApiRequest, NextApiResponse } from "next";

const NEXTAUTH_URL = process.env.NEXTAUTH_URL ?? "http://localhost:3000";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const targetPath = req.query.targetPath as string | undefined;
  if (targetPath && targetPath.startsWith("/") && !targetPath.startsWith("//")) {
    return res.redirect(302, targetPath);
  }
  return res.redirect(302, `${NEXTAUTH_URL}/`);
}
