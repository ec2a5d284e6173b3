// Prisma (TS): $queryRawUnsafe / $executeRawUnsafe / Prisma.raw with interpolation, next to tagged $queryRaw
import { Prisma, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function userByEmail(email: string) {
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE email = '${email}'`);
}

export async function purgeSessions(userId: string) {
  // expect: sql-injection
  return prisma.$executeRawUnsafe('DELETE FROM "Session" WHERE "userId" = \'' + userId + "'");
}

export async function orderedPosts(orderBy: string) {
  // expect: sql-injection
  return prisma.$queryRaw(Prisma.raw(`SELECT * FROM "Post" ORDER BY ${orderBy}`));
}

export async function userByEmailSafe(email: string) {
  return prisma.$queryRaw`SELECT * FROM "User" WHERE email = ${email}`;
}

export async function purgeSessionsSafe(userId: string) {
  return prisma.$executeRawUnsafe('DELETE FROM "Session" WHERE "userId" = $1', userId);
}

export async function postsByAuthor(authorId: string) {
  return prisma.$queryRaw(Prisma.sql`SELECT * FROM "Post" WHERE "authorId" = ${authorId}`);
}
