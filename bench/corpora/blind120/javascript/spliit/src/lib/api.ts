import { prisma } from './prisma';

export async function getGroupExpenses(groupId: string, options?: { filter?: string; offset?: number; length?: number }) {
  const offset = options?.offset ?? 0;
  const length = options?.length ?? 20;
  if (options?.filter) {
    // expect: sql-injection
    return prisma.$queryRawUnsafe(`SELECT * FROM "Expense" WHERE "groupId" = $1 AND title ILIKE '%${options.filter}%' ORDER BY "expenseDate" DESC LIMIT ${length} OFFSET ${offset}`, groupId);
  }
  return prisma.expense.findMany({ where: { groupId }, orderBy: [{ expenseDate: 'desc' }], skip: offset, take: length });
}

export async function getGroupExpensesContains(groupId: string, filter: string) {
  return prisma.expense.findMany({ where: { groupId, title: { contains: filter, mode: 'insensitive' } }, take: 20 });
}

export async function getGroupExpensesTagged(groupId: string, filter: string) {
  const pattern = `%${filter}%`;
  return prisma.$queryRaw`SELECT * FROM "Expense" WHERE "groupId" = ${groupId} AND title ILIKE ${pattern} LIMIT 20`;
}

export function logActivity(groupId: string, participantName: string, action: string) {
  // expect: log-injection
  console.log(`[activity] group=${groupId} ${participantName} ${action}`);
}
