import type { NextApiRequest, NextApiResponse } from "next";
import verifyUser from "../../../../../lib/api/verifyUser";
import { prisma } from "../../../../../lib/api/db";
import { readArchive, readPreview } from "../../../../../lib/api/archiveHandler";

export default async function Index(req: NextApiRequest, res: NextApiResponse) {
  const linkId = Number(req.query.linkId);
  const format = String(req.query.format ?? "0");
  if (!Number.isInteger(linkId)) {
    return res.status(401).json({ response: "Invalid parameters." });
  }
  const user = await verifyUser({ req, res });
  if (!user) return;
  const link = await prisma.link.findFirst({ where: { id: linkId, collection: { ownerId: user.id } } });
  if (!link) {
    return res.status(404).json({ response: "Link not found." });
  }
  if (req.query.preview) {
    return res.send(await readPreview(link.collectionId, String(req.query.preview)));
  }
  return res.send(await readArchive(link.collectionId, linkId, format));
}
