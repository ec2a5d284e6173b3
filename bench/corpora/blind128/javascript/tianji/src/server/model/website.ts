import { Prisma } from '@prisma/client';
import { prisma } from './_client';

export async function getWebsitePageviews(websiteId: string, startAt: Date, endAt: Date, groupBy: string) {
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT date_trunc('${groupBy}', "createdAt") AS t, count(*) AS y FROM "WebsiteEvent" WHERE "websiteId" = $1 AND "createdAt" BETWEEN $2 AND $3 GROUP BY 1 ORDER BY 1`, websiteId, startAt, endAt);
}

export async function getWebsitePageviewsByPath(websiteId: string, startAt: Date, endAt: Date, url: string) {
  return prisma.$queryRaw(Prisma.sql`SELECT count(*) AS y FROM "WebsiteEvent" WHERE "websiteId" = ${websiteId} AND "urlPath" = ${url} AND "createdAt" BETWEEN ${startAt} AND ${endAt}`);
}
