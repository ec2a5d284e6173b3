import { Prisma, PrismaClient } from "@prisma/client";

const ORDERABLE = new Map([
  ["timestamp", Prisma.sql`t."timestamp"`],
  ["name", Prisma.sql`t."name"`],
]);

class TraceRepository {
  constructor(private readonly prisma = new PrismaClient()) {}

  async list(projectId: string, filter: { name?: string; userId?: string }, take: number, skip: number) {
    const nameCondition = filter.name ? Prisma.sql`AND t.name = ${filter.name}` : Prisma.empty;
    const userCondition = filter.userId ? Prisma.sql`AND t.user_id = ${filter.userId}` : Prisma.empty;
    return this.prisma.$queryRaw(Prisma.sql`SELECT * FROM traces t WHERE t.project_id = ${projectId} ${nameCondition} ${userCondition} ORDER BY t."timestamp" DESC LIMIT ${take} OFFSET ${skip}`);
  }

  async listOrdered(projectId: string, orderBy: string, take: number, skip: number) {
    const [column, direction = "DESC"] = orderBy.split(".");
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe(`SELECT * FROM traces t WHERE t.project_id = $1 ORDER BY t."${column}" ${direction} LIMIT $2 OFFSET $3`, projectId, take, skip);
  }

  async listOrderedChecked(projectId: string, orderBy: string, take: number, skip: number) {
    const [column, direction] = orderBy.split(".");
    const orderColumn = ORDERABLE.get(column) ?? Prisma.sql`t."timestamp"`;
    const orderDirection = direction === "ASC" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
    return this.prisma.$queryRaw(Prisma.sql`SELECT * FROM traces t WHERE t.project_id = ${projectId} ORDER BY ${orderColumn} ${orderDirection} LIMIT ${take} OFFSET ${skip}`);
  }

  async create(projectId: string, name: string, userId: string | null, metadata: unknown) {
    return this.prisma.trace.create({ data: { projectId, name, userId, metadata: metadata as Prisma.InputJsonValue } });
  }
}

export const traceRepository = new TraceRepository();
