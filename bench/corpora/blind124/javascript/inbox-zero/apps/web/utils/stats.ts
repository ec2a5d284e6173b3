import prisma from "@/utils/prisma";

const PERIODS: Record<string, string> = { day: "day", week: "week", month: "month", year: "year" };

type StatsArgs = { userId: string; period: string; fromDate: number };

export async function getStatsByPeriod({ userId, period, fromDate }: StatsArgs) {
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT date_trunc('${period}', "date") AS start, COUNT(*) AS count FROM "EmailMessage" WHERE "userId" = $1 AND "date" >= to_timestamp($2 / 1000.0) GROUP BY start ORDER BY start`, userId, fromDate);
}

export async function getStatsByKnownPeriod({ userId, period, fromDate }: StatsArgs) {
  const unit = PERIODS[period] ?? "week";
  return prisma.$queryRawUnsafe(`SELECT date_trunc('${unit}', "date") AS start, COUNT(*) AS count FROM "EmailMessage" WHERE "userId" = $1 AND "date" >= to_timestamp($2 / 1000.0) GROUP BY start ORDER BY start`, userId, fromDate);
}
