// library: @prisma/client
import { PrismaClient, Prisma } from '@prisma/client';

const prisma = new PrismaClient();

export async function usersByDomain(domain: string) {
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT id, email FROM "User" WHERE email LIKE '%@${domain}'`);
}

export async function bumpScore(userId: string, delta: string) {
  // expect: sql-injection
  return prisma.$executeRawUnsafe('UPDATE "User" SET score = score + ' + delta + " WHERE id = '" + userId + "'");
}

export async function usersByDomainSafe(domain: string) {
  return prisma.$queryRaw`SELECT id, email FROM "User" WHERE email LIKE ${'%@' + domain}`;
}

export async function bumpScoreSafe(userId: string, delta: number) {
  return prisma.$executeRawUnsafe('UPDATE "User" SET score = score + $1 WHERE id = $2', delta, userId);
}

export async function usersIn(ids: string[]) {
  return prisma.$queryRaw(Prisma.sql`SELECT id FROM "User" WHERE id IN (${Prisma.join(ids)})`);
}
