import type { NextApiRequest, NextApiResponse } from "next";
import { getToken } from "next-auth/jwt";
import { prisma } from "./db";

export default async function verifyUser({ req, res }: { req: NextApiRequest; res: NextApiResponse }) {
  const token = await getToken({ req });
  const userId = token?.id as number | undefined;
  if (!userId) {
    res.status(401).json({ response: "You must be logged in." });
    return null;
  }
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) {
    res.status(404).json({ response: "User not found." });
    return null;
  }
  return user;
}
