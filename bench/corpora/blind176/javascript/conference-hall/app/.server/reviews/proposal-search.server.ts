import { Prisma } from '@prisma/client';
import { db } from 'prisma/db.server.ts';

import { ForbiddenOperationError } from '~/libs/errors.server.ts';

type Filters = {
  query?: string;
  status?: string;
  reviews?: 'reviewed' | 'not-reviewed';
  formats?: string;
  categories?: string;
};

type ProposalRow = { id: string; title: string; speakers: string; avgRate: number | null; createdAt: Date };

const PAGE_SIZE = 25;

export class ProposalSearch {
  constructor(private userId: string, private teamSlug: string, private eventSlug: string) {}

  static for(userId: string, teamSlug: string, eventSlug: string) {
    return new ProposalSearch(userId, teamSlug, eventSlug);
  }

  private async eventId() {
    const event = await db.event.findFirst({
      where: { slug: this.eventSlug, team: { slug: this.teamSlug, members: { some: { memberId: this.userId } } } },
      select: { id: true },
    });
    if (!event) throw new ForbiddenOperationError();
    return event.id;
  }

  private where(eventId: string, filters: Filters) {
    const parts = [Prisma.sql`p."eventId" = ${eventId}`];
    if (filters.query) parts.push(Prisma.sql`p.title ILIKE ${'%' + filters.query + '%'}`);
    if (filters.status) parts.push(Prisma.sql`p.status = ${filters.status}::"ProposalStatus"`);
    if (filters.formats) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "_formats" f WHERE f."B" = p.id AND f."A" = ${filters.formats})`);
    return Prisma.join(parts, ' AND ');
  }

  async list(filters: Filters, sort: string, page: number) {
    const eventId = await this.eventId();
    const where = this.where(eventId, filters);
    const offset = (page - 1) * PAGE_SIZE;
    const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
    const column = sort.replace(/^-/, '');
    // expect: sql-injection
    const proposals = await db.$queryRawUnsafe<ProposalRow[]>(`SELECT p.id, p.title, p."createdAt", AVG(r.note) AS "avgRate" FROM proposals p LEFT JOIN reviews r ON r."proposalId" = p.id WHERE ${where.sql} GROUP BY p.id ORDER BY "${column}" ${direction} LIMIT ${PAGE_SIZE} OFFSET ${offset}`, ...where.values);
    const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`SELECT COUNT(*) AS count FROM proposals p WHERE ${where}`;
    return { proposals, total: Number(count) };
  }

  async statistics() {
    const eventId = await this.eventId();
    const total = await db.proposal.count({ where: { eventId } });
    const reviewed = await db.proposal.count({ where: { eventId, reviews: { some: { userId: this.userId } } } });
    return { total, reviewed };
  }
}
