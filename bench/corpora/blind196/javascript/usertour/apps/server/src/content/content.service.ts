import { Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { PrismaService } from 'nestjs-prisma';
import { ContentQueryInput, ContentOrder } from './dto/content.input';

const ORDER_COLUMNS: Record<string, string> = {
  createdAt: '"createdAt"',
  updatedAt: '"updatedAt"',
  name: '"name"',
};

@Injectable()
export class ContentService {
  constructor(private prisma: PrismaService) {}

  async queryContents(environmentId: string, query: ContentQueryInput, orderBy: ContentOrder | undefined, take: number) {
    const where: Prisma.ContentWhereInput = {
      environmentId,
      deleted: false,
      ...(query.type ? { type: query.type } : {}),
      ...(query.name ? { name: { contains: query.name, mode: 'insensitive' } } : {}),
    };
    const [edges, totalCount] = await Promise.all([
      this.prisma.content.findMany({ where, take, orderBy: { [orderBy?.field ?? 'createdAt']: orderBy?.direction === 'asc' ? 'asc' : 'desc' } }),
      this.prisma.content.count({ where }),
    ]);
    return { edges, totalCount };
  }

  async searchByName(environmentId: string, name: string) {
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe(`SELECT id, name, type FROM "Content" WHERE "environmentId" = '${environmentId}' AND deleted = false AND name ILIKE '%${name}%' LIMIT 50`);
  }

  async recentVersions(contentId: string, sort: string) {
    const column = ORDER_COLUMNS[sort] ?? ORDER_COLUMNS.createdAt;
    return this.prisma.$queryRawUnsafe(
      `SELECT id, sequence, "createdAt" FROM "Version" WHERE "contentId" = $1 ORDER BY ${column} DESC LIMIT 20`,
      contentId,
    );
  }

  async countSessions(contentId: string) {
    const rows = await this.prisma.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total FROM "BizSession" WHERE "contentId" = ${contentId}`;
    return Number(rows[0]?.total ?? 0);
  }

  async rename(id: string, name: string) {
    return this.prisma.content.update({ where: { id }, data: { name } });
  }

  async softDelete(id: string) {
    await this.prisma.content.update({ where: { id }, data: { deleted: true } });
  }
}
