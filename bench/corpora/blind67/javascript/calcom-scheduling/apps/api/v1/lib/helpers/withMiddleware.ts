import type { NextApiRequest, NextApiResponse } from "next";
import prisma from "@calcom/prisma";
import { hashAPIKey } from "@calcom/features/ee/api-keys/lib/apiKeys";

type Handler = (req: NextApiRequest, res: NextApiResponse) => Promise<unknown> | unknown;

/**
 * Resolves the API key of the request (query `apiKey` or bearer header) to a
 * user and keeps its id on `req.userId` for the handlers.
 */
export const withMiddleware = () => (handler: Handler) => async (req: NextApiRequest, res: NextApiResponse) => {
  const bearer = req.headers.authorization?.replace(/^Bearer /, "");
  const rawKey = (req.query.apiKey as string | undefined) ?? bearer;
  if (!rawKey) {
    return res.status(401).json({ message: "No apiKey provided" });
  }

  const apiKey = await prisma.apiKey.findUnique({ where: { hashedKey: hashAPIKey(rawKey.replace(/^cal_/, "")) } });
  if (!apiKey || (apiKey.expiresAt && apiKey.expiresAt < new Date())) {
    return res.status(401).json({ message: "Your apiKey is not valid" });
  }

  req.userId = apiKey.userId;
  delete req.query.apiKey;
  return handler(req, res);
};
