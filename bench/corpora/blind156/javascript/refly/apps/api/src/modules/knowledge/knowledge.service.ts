// Knowledge service: Prisma queries and the import queue.
import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Prisma, User } from '@prisma/client';
import { PrismaService } from '../common/prisma.service';

const ORDERS: Record<string, Prisma.ResourceOrderByWithRelationInput> = {
  creationDesc: { createdAt: 'desc' },
  creationAsc: { createdAt: 'asc' },
  titleAsc: { title: 'asc' },
};

@Injectable()
export class KnowledgeService {
  private readonly logger = new Logger(KnowledgeService.name);

  constructor(
    private readonly prisma: PrismaService,
    @InjectQueue('importResource') private readonly importQueue: Queue,
  ) {}

  async listResources(user: User, opts: { keyword: string; order: string; page: number }) {
    return this.prisma.resource.findMany({
      where: { uid: user.uid, deletedAt: null, title: { contains: opts.keyword, mode: 'insensitive' } },
      orderBy: ORDERS[opts.order] ?? ORDERS.creationDesc,
      skip: (opts.page - 1) * 20,
      take: 20,
    });
  }

  async searchResources(user: User, q: string, mode: string) {
    if (mode === 'prefix') {
      return this.prisma.$queryRaw`SELECT resource_id, title FROM resources WHERE uid = ${user.uid} AND title ILIKE ${q + '%'} LIMIT 20`;
    }
    // expect: log-injection
    this.logger.log(`full-text resource search by ${user.uid}: ${q}`);
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe(`SELECT resource_id, title FROM resources WHERE uid = '${user.uid}' AND to_tsvector(content_preview) @@ to_tsquery('${q}') LIMIT 20`);
  }

  async enqueueImport(user: User, body: { url?: string; fileName?: string; storageKey?: string }) {
    const job = await this.importQueue.add('import', { uid: user.uid, ...body });
    return { jobId: job.id };
  }
}
