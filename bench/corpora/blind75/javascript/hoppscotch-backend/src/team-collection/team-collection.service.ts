import { ForbiddenException, Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';

import { PrismaService } from '../prisma/prisma.service';
import { TeamCollection } from './team-collection.model';

type SortKey = 'title' | 'orderIndex' | 'createdOn';

@Injectable()
export class TeamCollectionService {
  private readonly sortColumns: Record<SortKey, Prisma.Sql> = {
    title: Prisma.sql`"title"`,
    orderIndex: Prisma.sql`"orderIndex"`,
    createdOn: Prisma.sql`"createdOn"`,
  };

  constructor(private readonly prisma: PrismaService) {}

  async assertMember(uid: string, teamID: string): Promise<void> {
    const member = await this.prisma.teamMember.findFirst({ where: { userUid: uid, teamID } });
    if (!member) throw new ForbiddenException('team/not_a_member');
  }

  async searchByTitle(teamID: string, query: string, take: number): Promise<TeamCollection[]> {
    const limit = Math.min(Math.max(take, 1), 50);
    const pattern = `%${query}%`;
    return this.prisma.$queryRaw<TeamCollection[]>`
      SELECT id, title, "parentID", "orderIndex" FROM "TeamCollection"
      WHERE "teamID" = ${teamID} AND title ILIKE ${pattern}
      ORDER BY "orderIndex" ASC LIMIT ${limit}`;
  }

  async listSorted(teamID: string, orderBy?: string): Promise<TeamCollection[]> {
    const key = (orderBy && orderBy in this.sortColumns ? orderBy : 'orderIndex') as SortKey;
    return this.prisma.$queryRaw<TeamCollection[]>`
      SELECT id, title, "parentID", "orderIndex" FROM "TeamCollection"
      WHERE "teamID" = ${teamID} ORDER BY ${this.sortColumns[key]} ASC`;
  }

  async countInWorkspace(uid: string, workspace: string): Promise<number> {
    const table = workspace === 'personal' ? '"UserCollection"' : '"TeamCollection"';
    const filter = workspace === 'personal' ? `"userUid" = '${uid}'` : `"teamID" = '${workspace}'`;
    // expect: sql-injection
    const rows = await this.prisma.$queryRawUnsafe<{ count: bigint }[]>(`SELECT COUNT(*)::bigint AS count FROM ${table} WHERE ${filter}`);
    return Number(rows[0]?.count ?? 0);
  }
}
