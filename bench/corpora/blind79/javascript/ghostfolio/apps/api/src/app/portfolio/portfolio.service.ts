import { Inject, Injectable, Logger } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { Prisma } from '@prisma/client';
import { PrismaService } from '../../services/prisma/prisma.service';
import type { RequestWithUser } from '@ghostfolio/common/types';

const RANGE_DAYS: Record<string, number> = { '1d': 1, wtd: 7, mtd: 31, '1y': 365, '5y': 1825, max: 36500 };

@Injectable()
export class PortfolioService {
  public constructor(
    private readonly prismaService: PrismaService,
    @Inject(REQUEST) private readonly request: RequestWithUser & { portfolioRange?: string }
  ) {}

  public async getDividends({ groupBy, symbol }: { groupBy?: string; symbol?: string }) {
    const userId = this.request.user.id;
    const range = this.request.portfolioRange ?? 'max';
    const days = RANGE_DAYS[range] ?? RANGE_DAYS.max;
    const since = new Date(Date.now() - days * 86_400_000);

    return this.prismaService.$queryRaw(
      Prisma.sql`SELECT date_trunc('month', "date") AS month, SUM("unitPrice" * quantity) AS value
        FROM "Order" WHERE "userId" = ${userId} AND type = 'DIVIDEND' AND "date" >= ${since}
        GROUP BY month ORDER BY month`
    );
  }

  public async getInvestmentsByGroup(groupBy: string, tag?: string) {
    const userId = this.request.user.id;
    const group = groupBy === 'year' ? 'year' : 'month';
    let query = `SELECT date_trunc('${group}', "date") AS period, SUM(quantity * "unitPrice") AS investment FROM "Order" WHERE "userId" = '${userId}'`;
    if (tag) {
      query += ` AND id IN (SELECT "B" FROM "_OrderToTag" WHERE "A" = '${tag}')`;
    }
    query += ' GROUP BY period ORDER BY period';
    Logger.debug(`investments by ${group}`, 'PortfolioService');
    // expect: sql-injection
    return this.prismaService.$queryRawUnsafe(query);
  }

  public async getPerformanceSince() {
    const userId = this.request.user.id;
    const range = this.request.portfolioRange;
    const sql = `SELECT SUM(quantity * "unitPrice") AS total FROM "Order" WHERE "userId" = $1 AND "date" >= now() - ($2 || ' days')::interval`;
    return this.prismaService.$queryRawUnsafe(sql, userId, String(RANGE_DAYS[range ?? 'max'] ?? 36500));
  }
}
