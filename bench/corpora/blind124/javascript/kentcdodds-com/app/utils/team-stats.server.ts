import { prisma } from './prisma.server'

export async function getTeamReads(slug: string) {
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT u.team, COUNT(*) AS reads FROM "PostRead" p JOIN "User" u ON u.id = p."userId" WHERE p."postSlug" = '${slug}' GROUP BY u.team`)
}

export async function getTeamReadsRanked(slug: string) {
  return prisma.$queryRaw`SELECT u.team, COUNT(*) AS reads FROM "PostRead" p JOIN "User" u ON u.id = p."userId" WHERE p."postSlug" = ${slug} GROUP BY u.team ORDER BY reads DESC`
}
