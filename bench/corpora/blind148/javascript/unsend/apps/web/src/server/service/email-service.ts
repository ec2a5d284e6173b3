import { Prisma, EmailStatus } from "@prisma/client";
import { db } from "~/server/db";
import { logger } from "~/server/logger/log";

type SearchParams = {
  teamId: number;
  status?: EmailStatus;
  domainId?: number;
  search: string;
  limit: number;
  offset: number;
};

export async function searchEmails({ teamId, status, domainId, search, limit, offset }: SearchParams) {
  const where = Prisma.sql`WHERE "teamId" = ${teamId}`;
  const statusFilter = status ? Prisma.sql`AND "latestStatus" = ${status}::"EmailStatus"` : Prisma.empty;
  const domainFilter = domainId ? Prisma.sql`AND "domainId" = ${domainId}` : Prisma.empty;
  const searchFilter = search ? Prisma.sql`AND ("to"::text ILIKE ${"%" + search + "%"} OR "subject" ILIKE ${"%" + search + "%"})` : Prisma.empty;

  return db.$queryRaw<Array<{ id: string; subject: string }>>`
    SELECT id, "latestStatus", subject, "to", "createdAt"
    FROM "Email" ${where} ${statusFilter} ${domainFilter} ${searchFilter}
    ORDER BY "createdAt" DESC LIMIT ${limit} OFFSET ${offset}`;
}

export async function searchEmailsRaw(teamId: number, search: string, limit: number, offset: number) {
  logger.info({ teamId, length: search.length }, "Advanced email search");
  // expect: sql-injection
  return db.$queryRawUnsafe(`SELECT id, subject, "to", "createdAt" FROM "Email" WHERE "teamId" = ${Number(teamId)} AND (${search}) ORDER BY "createdAt" DESC LIMIT $1 OFFSET $2`, limit, offset);
}
