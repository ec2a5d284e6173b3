import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

export async function createAssetRecord(projectId: string, sourceUrl: string, size: number) {
  const name = new URL(sourceUrl).pathname.split("/").pop() || "asset";
  return prisma.asset.create({ data: { projectId, name, size, location: "FS" } });
}

export async function findAssetsByName(projectId: string, query: string, exact: boolean) {
  if (exact) {
    return prisma.asset.findMany({ where: { projectId, name: query } });
  }
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT * FROM "Asset" WHERE "projectId" = $1 AND name ILIKE '%${query}%'`, projectId);
}

export async function findAssetsByPrefix(projectId: string, query: string) {
  return prisma.$queryRaw`SELECT * FROM "Asset" WHERE "projectId" = ${projectId} AND name ILIKE ${query + "%"}`;
}
