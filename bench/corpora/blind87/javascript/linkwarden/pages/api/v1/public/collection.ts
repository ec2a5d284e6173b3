import type { NextApiRequest, NextApiResponse } from "next";
import escapeHtml from "escape-html";
import { prisma } from "../../../../lib/api/db";

export default async function collection(req: NextApiRequest, res: NextApiResponse) {
  const id = Number(req.query.id);
  const found = Number.isInteger(id) ? await prisma.collection.findFirst({ where: { id, isPublic: true } }) : null;
  const heading = found ? escapeHtml(found.name) : `No public collection "${escapeHtml(String(req.query.id))}"`;
  res.setHeader("Content-Type", "text/html");
  res.status(found ? 200 : 404).send(`<h1>${heading}</h1>`);
}
