import prisma from "../prisma";

export async function getViewPageDuration({ documentId, since, excludedLinkIds }: { documentId: string; since?: string; excludedLinkIds: string[] }) {
  const sinceClause = since ? `AND "viewedAt" > '${since}'` : "";
  const excluded = excludedLinkIds.length ? `AND "linkId" NOT IN (${excludedLinkIds.map((id) => `'${id}'`).join(",")})` : "";
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT "pageNumber", SUM(duration) AS total FROM "PageView" WHERE "documentId" = $1 ${sinceClause} ${excluded} GROUP BY "pageNumber"`, documentId);
}

export async function getDocumentViews({ documentId, since }: { documentId: string; since?: string }) {
  const sinceDate = since ? new Date(since) : new Date(0);
  return prisma.$queryRaw`SELECT COUNT(*) FROM "View" WHERE "documentId" = ${documentId} AND "viewedAt" > ${sinceDate}`;
}
