// library: @prisma/client (raw queries)
import { Prisma, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function ordersForCustomer(customerId: string) {
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT * FROM "Order" WHERE "customerId" = '${customerId}'`);
}

export async function archiveBefore(date: string) {
  // expect: sql-injection
  return prisma.$executeRawUnsafe('UPDATE "Order" SET archived = true WHERE "createdAt" < \'' + date + "'");
}

export async function ordersForCustomerSafe(customerId: string) {
  return prisma.$queryRaw`SELECT * FROM "Order" WHERE "customerId" = ${customerId}`;
}

export async function archiveBeforeSafe(date: string) {
  return prisma.$executeRawUnsafe('UPDATE "Order" SET archived = true WHERE "createdAt" < $1', date);
}

export async function ordersByIds(ids: string[]) {
  return prisma.$queryRaw(Prisma.sql`SELECT * FROM "Order" WHERE id IN (${Prisma.join(ids)})`);
}
