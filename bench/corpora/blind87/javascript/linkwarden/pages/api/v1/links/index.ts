import type { NextApiRequest, NextApiResponse } from "next";
import verifyUser from "../../../../lib/api/verifyUser";
import postLink from "../../../../lib/api/controllers/links/postLink";
import { prisma } from "../../../../lib/api/db";

const SORTS: Record<string, { createdAt?: "asc" | "desc"; name?: "asc" | "desc" }> = {
  "0": { createdAt: "desc" },
  "1": { createdAt: "asc" },
  "2": { name: "asc" },
};

export default async function links(req: NextApiRequest, res: NextApiResponse) {
  const user = await verifyUser({ req, res });
  if (!user) return;

  if (req.method === "GET") {
    const searchQueryString = (req.query.searchQueryString as string) ?? "";
    const orderBy = SORTS[req.query.sort as string] ?? SORTS["0"];
    const found = await prisma.link.findMany({
      where: { collection: { ownerId: user.id }, name: { contains: searchQueryString, mode: "insensitive" } },
      orderBy,
      take: 50,
    });
    return res.status(200).json({ response: found });
  }
  if (req.method === "POST") {
    const created = await postLink(req.body, user.id);
    return res.status(200).json({ response: created });
  }
}
