import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "../../../auth/[...nextauth]";
import { getTeamWithUsersAndDocument } from "../../../../../lib/team/helper";
import { getViewPageDuration, getDocumentViews } from "../../../../../lib/tinybird/pipes";

export default async function handle(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET") {
    res.setHeader("Allow", ["GET"]);
    return res.status(405).end(`Method ${req.method} Not Allowed`);
  }
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    return res.status(401).end("Unauthorized");
  }
  const { teamId, id: docId, since, excludeLinks } = req.query as { teamId: string; id: string; since?: string; excludeLinks?: string };
  const userId = (session.user as { id: string }).id;
  const { document } = await getTeamWithUsersAndDocument({ teamId, userId, docId });
  if (!document) {
    return res.status(404).end("Document not found");
  }
  const excludedLinkIds = excludeLinks ? excludeLinks.split(",") : [];
  const [duration, views] = await Promise.all([
    getViewPageDuration({ documentId: document.id, since, excludedLinkIds }),
    getDocumentViews({ documentId: document.id, since }),
  ]);
  return res.status(200).json({ duration, views });
}
