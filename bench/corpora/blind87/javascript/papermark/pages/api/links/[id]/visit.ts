import type { NextApiRequest, NextApiResponse } from "next";
import prisma from "../../../../lib/prisma";
import { getNotionPage } from "../../../../lib/files/get-file";

export default async function handle(req: NextApiRequest, res: NextApiResponse) {
  const { id } = req.query as { id: string };
  const link = await prisma.link.findUnique({ where: { id }, select: { id: true, domainSlug: true, documentId: true } });
  if (!link) {
    return res.status(404).json({ message: "Link not found" });
  }
  if (req.query.notion) {
    const page = await getNotionPage(String(req.query.notion));
    return res.status(200).json(await page.json());
  }
  let returnTo = req.query.returnTo as string | undefined;
  returnTo ??= `/view/${link.id}`;
  // expect: open-redirect
  return res.redirect(302, returnTo);
}
