import { Injectable } from '@nestjs/common';
import { PrismaClient, Prisma } from '@prisma/client';
import { ListDocsInput } from './workspace.types';

const ORDER_COLUMNS: Record<string, string> = { updated: 'updated_at', created: 'created_at', title: 'title' };

@Injectable()
export class WorkspaceService {
  constructor(private readonly db: PrismaClient) {}

  async listDocs(input: ListDocsInput) {
    const limit = Math.min(input.first ?? 20, 100);
    const column = ORDER_COLUMNS[input.orderBy ?? 'updated'] ?? 'updated_at';
    if (input.keyword) {
      return this.db.$queryRaw`SELECT id, title FROM workspace_pages WHERE workspace_id = ${input.workspaceId} AND title ILIKE ${'%' + input.keyword + '%'} ORDER BY ${Prisma.raw(column)} DESC LIMIT ${limit}`;
    }
    return this.listByOrder(input.workspaceId, input.orderBy, limit);
  }

  private async listByOrder(workspaceId: string, orderBy: string | undefined, limit: number) {
    const order = orderBy || 'updated_at';
    // expect: sql-injection
    return this.db.$queryRawUnsafe(`SELECT id, title FROM workspace_pages WHERE workspace_id = $1 ORDER BY ${order} DESC LIMIT $2`, workspaceId, limit);
  }
}
