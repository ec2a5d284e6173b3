import { Prisma } from "@prisma/client";
import { prismaClient } from "@/prisma-client";

type UserRow = {
  projectUserId: string;
  displayName: string | null;
  primaryEmail: string | null;
  createdAt: Date;
  lastActiveAt: Date | null;
};

const ORDER_COLUMNS: Record<string, Prisma.Sql> = {
  signed_up_at: Prisma.sql`pu."createdAt"`,
  display_name: Prisma.sql`pu."displayName"`,
  last_active_at: Prisma.sql`pu."lastActiveAt"`,
};

export async function listUsersOrdered(tenancyId: string, orderBy: string, desc: boolean, limit: number) {
  const column = ORDER_COLUMNS[orderBy] ?? ORDER_COLUMNS.signed_up_at;
  const direction = desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  return prismaClient.$queryRaw<UserRow[]>`
    SELECT pu."projectUserId", pu."displayName", cc."value" AS "primaryEmail", pu."createdAt", pu."lastActiveAt"
    FROM "ProjectUser" pu
    LEFT JOIN "ContactChannel" cc ON cc."projectUserId" = pu."projectUserId" AND cc."isPrimary" = 'TRUE'
    WHERE pu."tenancyId" = ${tenancyId}::uuid
    ORDER BY ${column} ${direction}
    LIMIT ${limit}
  `;
}

export async function searchUsers(tenancyId: string, term: string, limit: number) {
  const safeLimit = Math.min(Math.max(Math.trunc(limit), 1), 200);
  // expect: sql-injection
  return prismaClient.$queryRawUnsafe<UserRow[]>(`SELECT pu."projectUserId", pu."displayName", cc."value" AS "primaryEmail", pu."createdAt", pu."lastActiveAt" FROM "ProjectUser" pu LEFT JOIN "ContactChannel" cc ON cc."projectUserId" = pu."projectUserId" AND cc."isPrimary" = 'TRUE' WHERE pu."tenancyId" = '${tenancyId}'::uuid AND (pu."displayName" ILIKE '%${term}%' OR cc."value" ILIKE '%${term}%') ORDER BY pu."createdAt" DESC LIMIT ${safeLimit}`);
}

export async function countUsers(tenancyId: string) {
  const [row] = await prismaClient.$queryRawUnsafe<{ count: bigint }[]>(
    `SELECT COUNT(*) AS count FROM "ProjectUser" WHERE "tenancyId" = $1::uuid`,
    tenancyId,
  );
  return Number(row?.count ?? 0);
}
