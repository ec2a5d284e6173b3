import { Injectable } from '@nestjs/common';
import { Prisma, WorkflowRuntimeData } from '@prisma/client';
import { PrismaService } from '@/prisma/prisma.service';
import { WorkflowListQueryDto } from './dtos/workflow-list-query.dto';

/** Data access for workflow runtime data (one row per case). */
@Injectable()
export class WorkflowRuntimeDataRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findById(id: string, projectIds: string[]): Promise<WorkflowRuntimeData | null> {
    return this.prisma.workflowRuntimeData.findFirst({ where: { id, projectId: { in: projectIds } } });
  }

  async list(query: WorkflowListQueryDto, projectIds: string[]) {
    const offset = (query.page - 1) * query.limit;
    const statusClause = query.status ? Prisma.sql`AND "status" = ${query.status}` : Prisma.empty;
    const nameClause = query.entityName
      ? Prisma.sql`AND "context"->'entity'->'data'->>'companyName' ILIKE ${'%' + query.entityName + '%'}`
      : Prisma.empty;
    return this.prisma.$queryRaw<WorkflowRuntimeData[]>`
      SELECT * FROM "WorkflowRuntimeData"
      WHERE "projectId" IN (${Prisma.join(projectIds)}) ${statusClause} ${nameClause}
      ORDER BY ${Prisma.raw(`"${query.orderBy}" ${query.direction}`)}
      LIMIT ${query.limit} OFFSET ${offset}`;
  }

  async countByEntityType(query: WorkflowListQueryDto, projectIds: string[]) {
    const projects = projectIds.map((id) => `'${id.replace(/'/g, "''")}'`).join(',');
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) FROM "WorkflowRuntimeData" WHERE "projectId" IN (${projects}) AND "context"->'entity'->>'type' = '${query.entityType}'`);
  }

  async countByStatus(projectIds: string[]) {
    return this.prisma.workflowRuntimeData.groupBy({
      by: ['status'],
      where: { projectId: { in: projectIds } },
      _count: { _all: true },
    });
  }

  async updateContext(id: string, context: Prisma.InputJsonValue) {
    return this.prisma.workflowRuntimeData.update({ where: { id }, data: { context } });
  }
}
