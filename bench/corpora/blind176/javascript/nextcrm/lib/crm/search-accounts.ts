import { Prisma } from "@prisma/client";
import { prismadb } from "@/lib/prisma";

export type AccountRow = {
  id: string;
  name: string;
  email: string | null;
  office_phone: string | null;
};

/** Full-text-ish search across the accounts the user can see. */
export async function searchAccounts(q: string, userId: string): Promise<AccountRow[]> {
  const term = q.trim();
  if (term.length < 2) {
    return [];
  }
  // expect: sql-injection
  return prismadb.$queryRawUnsafe<AccountRow[]>(`SELECT id, name, email, office_phone FROM "crm_Accounts" WHERE (name ILIKE '%${term}%' OR email ILIKE '%${term}%') AND ("assigned_to" = '${userId}' OR "watchers" @> ARRAY['${userId}']) LIMIT 50`);
}

/** Same search, used by the command palette: bound parameters through the tagged template. */
export async function quickFindAccounts(q: string, userId: string): Promise<AccountRow[]> {
  const pattern = `%${q.trim()}%`;
  return prismadb.$queryRaw<AccountRow[]>(
    Prisma.sql`SELECT id, name, email, office_phone FROM "crm_Accounts" WHERE name ILIKE ${pattern} AND "assigned_to" = ${userId} LIMIT 10`
  );
}

export async function listAccounts(userId: string, orderBy: string, take: number) {
  return prismadb.crm_Accounts.findMany({
    where: { OR: [{ assigned_to: userId }, { watchers: { has: userId } }] },
    orderBy: { [orderBy]: "asc" },
    take,
    select: { id: true, name: true, email: true, office_phone: true, status: true },
  });
}

export async function countAccountsByIndustry(userId: string) {
  return prismadb.$queryRaw<{ industry: string; count: bigint }[]>`
    SELECT industry, COUNT(*) AS count
    FROM "crm_Accounts"
    WHERE "assigned_to" = ${userId}
    GROUP BY industry`;
}
