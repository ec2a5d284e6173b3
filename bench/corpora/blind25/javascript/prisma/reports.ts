import { Prisma, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function ordersForCustomer(customerId: string) {
  return prisma.$queryRaw`SELECT id, total FROM "Order" WHERE "customerId" = ${customerId}`;
}

export async function ordersForRegion(region: string) {
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT id, total FROM "Order" WHERE region = '${region}'`);
}

export async function ordersForRegionBound(region: string) {
  return prisma.$queryRawUnsafe('SELECT id, total FROM "Order" WHERE region = $1', region);
}

export async function archiveBefore(date: string) {
  // expect: sql-injection
  return prisma.$executeRawUnsafe('UPDATE "Order" SET archived = true WHERE "createdAt" < \'' + date + "'");
}

export async function sortedOrders(column: string) {
  // expect: sql-injection
  return prisma.$queryRaw`SELECT id, total FROM "Order" ORDER BY ${Prisma.raw(column)}`;
}

export async function ordersWithStatuses(statuses: string[]) {
  return prisma.$queryRaw`SELECT id FROM "Order" WHERE status IN (${Prisma.join(statuses)})`;
}
