import { Prisma } from "@prisma/client";
import { db } from "~/database/db.server";

const ORDER_COLUMNS = new Map([
  ["title", Prisma.sql`"title"`],
  ["createdAt", Prisma.sql`"createdAt"`],
  ["valuation", Prisma.sql`"valuation"`],
]);

export async function getAssets({ organizationId, search = "", orderBy = "createdAt" }: { organizationId: string; search?: string; orderBy?: string }) {
  // expect: sql-injection
  return db.$queryRawUnsafe(`SELECT id, title FROM "Asset" WHERE "organizationId" = $1 AND title ILIKE $2 ORDER BY "${orderBy}" DESC`, organizationId, `%${search}%`);
}

export async function getAssetsSafe({ organizationId, search = "", orderBy = "createdAt" }: { organizationId: string; search?: string; orderBy?: string }) {
  const column = ORDER_COLUMNS.get(orderBy) ?? Prisma.sql`"createdAt"`;
  return db.$queryRaw`SELECT id, title FROM "Asset" WHERE "organizationId" = ${organizationId} AND title ILIKE ${"%" + search + "%"} ORDER BY ${column} DESC`;
}

export async function getAsset({ id, organizationId }: { id: string; organizationId: string }) {
  return db.asset.findFirst({ where: { id, organizationId } });
}
