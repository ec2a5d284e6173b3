import { PrismaClient, Prisma } from '@prisma/client';
import { GraphQLError } from 'graphql';

const prisma = new PrismaClient();
const ORDER_FIELDS = ['createdAt', 'total'] as const;

export const resolvers = {
  Query: {
    orders: async (_: unknown, args: { customer: string; orderBy?: string }) => {
      const field = ORDER_FIELDS.find((f) => f === args.orderBy) ?? 'createdAt';
      return prisma.order.findMany({ where: { customer: args.customer }, orderBy: { [field]: 'desc' } });
    },
    ordersRaw: async (_: unknown, args: { customer: string }) => {
      // expect: sql-injection
      return prisma.$queryRawUnsafe(`SELECT * FROM "Order" WHERE customer = '${args.customer}'`);
    },
    ordersTagged: async (_: unknown, args: { customer: string }) => {
      return prisma.$queryRaw`SELECT * FROM "Order" WHERE customer = ${args.customer}`;
    },
    ordersJoined: async (_: unknown, { ids }: { ids: string[] }) => {
      const list = ids.map((id) => `'${id}'`).join(',');
      // expect: sql-injection
      return prisma.$queryRawUnsafe('SELECT * FROM "Order" WHERE id IN (' + list + ')');
    },
    ordersJoinedSafe: async (_: unknown, { ids }: { ids: string[] }) => {
      return prisma.$queryRaw`SELECT * FROM "Order" WHERE id IN (${Prisma.join(ids)})`;
    },
  },
  Mutation: {
    archive: async (_: unknown, { before }: { before: string }) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(before)) throw new GraphQLError('bad date');
      const n = await prisma.$executeRawUnsafe(`UPDATE "Order" SET archived = true WHERE "createdAt" < '${before}'`);
      return { archived: n };
    },
    recompute: async (_: unknown, { formula }: { formula: string }) => {
      // expect: code-injection
      const fn = new Function('order', `return ${formula};`);
      const orders = await prisma.order.findMany({ take: 100 });
      return orders.map((o) => fn(o));
    },
  },
};
