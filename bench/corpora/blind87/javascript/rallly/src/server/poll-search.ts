import { prisma } from "./prisma";

export type PollListFilter = {
  userId: string;
  status?: string;
  search?: string;
  sort: "createdAt" | "title";
};

export async function listPolls({ userId, status, search, sort }: PollListFilter) {
  const statusClause = status ? `AND status = '${status}'` : "";
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT id, title FROM polls WHERE user_id = $1 ${statusClause} ORDER BY "${sort}" DESC`, userId);
}

export async function searchPolls({ userId, search, sort }: PollListFilter) {
  const term = `%${search ?? ""}%`;
  return prisma.$queryRawUnsafe(
    `SELECT id, title FROM polls WHERE user_id = $1 AND title ILIKE $2 ORDER BY "${sort}" DESC`,
    userId,
    term,
  );
}
