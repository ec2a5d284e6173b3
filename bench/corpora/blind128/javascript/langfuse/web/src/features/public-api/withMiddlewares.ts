import type { NextApiRequest, NextApiResponse } from "next";
import { verifyAuthHeaderAndReturnScope } from "@/src/features/public-api/server/apiAuth";

type Handler = (req: NextApiRequest, res: NextApiResponse, projectId: string) => Promise<void>;

export function withMiddlewares(handlers: { GET?: Handler; POST?: Handler }) {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    const auth = await verifyAuthHeaderAndReturnScope(req.headers.authorization);
    if (!auth.validKey) {
      return res.status(401).json({ message: auth.error });
    }
    const handler = handlers[req.method as "GET" | "POST"];
    if (!handler) return res.status(405).json({ message: "Method not allowed" });
    return handler(req, res, auth.scope.projectId);
  };
}
