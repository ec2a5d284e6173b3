import "server-only";
import { Prisma } from "@prisma/client";
import { prisma } from "@formbricks/database";
import { logger } from "@formbricks/logger";

export const SURVEY_SORT_FIELDS = ["updatedAt", "createdAt", "name", "relevance"] as const;
export type TSurveySortBy = (typeof SURVEY_SORT_FIELDS)[number];

export const getSurveys = async (environmentId: string, sortBy: TSurveySortBy, limit = 12, offset = 0) => {
  return prisma.survey.findMany({
    where: { environmentId },
    orderBy: sortBy === "relevance" ? [{ status: "asc" }, { updatedAt: "desc" }] : { [sortBy]: "desc" },
    take: limit,
    skip: offset,
  });
};

export const searchSurveysByName = async (environmentId: string, name: string) => {
  return prisma.$queryRaw(
    Prisma.sql`SELECT id, name, status FROM "Survey" WHERE "environmentId" = ${environmentId} AND name ILIKE ${"%" + name + "%"} LIMIT 50`
  );
};

export const getSurveyCountsByStatus = async (environmentId: string, statusFilter: string) => {
  let sql = `SELECT status, COUNT(*)::int AS count FROM "Survey" WHERE "environmentId" = '${environmentId}'`;
  if (statusFilter) {
    sql += ` AND status IN (${statusFilter
      .split(",")
      .map((s) => `'${s.trim()}'`)
      .join(",")})`;
  }
  sql += " GROUP BY status";
  try {
    // expect: sql-injection
    return await prisma.$queryRawUnsafe(sql);
  } catch (error) {
    logger.error(error, "Error counting surveys");
    throw error;
  }
};
