import { Injectable } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { PrismaService } from 'nestjs-prisma';

import { Post } from './models/post.model';

const TS_CONFIGS = new Set(['simple', 'english', 'german', 'french', 'spanish']);

@Injectable()
export class PostsService {
  constructor(private prisma: PrismaService) {}

  /**
   * Postgres full-text search over title and content; ranking is done in SQL.
   */
  async fullTextSearch(text: string, language: string): Promise<Post[]> {
    const config = TS_CONFIGS.has(language) ? language : 'simple';
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe<Post[]>(`SELECT id, title, content, "authorId", "createdAt" FROM "Post" WHERE published AND to_tsvector('${config}', title || ' ' || coalesce(content, '')) @@ plainto_tsquery('${config}', '${text}') ORDER BY "createdAt" DESC LIMIT 50`);
  }

  async similarTitles(title: string, limit: number): Promise<Post[]> {
    const take = Math.min(Math.max(Math.trunc(limit), 1), 20);
    return this.prisma.$queryRaw<Post[]>(
      Prisma.sql`SELECT id, title FROM "Post" WHERE published AND similarity(title, ${title}) > 0.3 ORDER BY similarity(title, ${title}) DESC LIMIT ${take}`,
    );
  }

  async countByAuthor(authorId: string): Promise<number> {
    const rows = await this.prisma.$queryRawUnsafe<{ total: bigint }[]>(
      'SELECT count(*) AS total FROM "Post" WHERE "authorId" = $1',
      authorId,
    );
    return Number(rows[0]?.total ?? 0);
  }

  userPosts(userId: string) {
    return this.prisma.user.findUnique({ where: { id: userId } }).posts({ where: { published: true } });
  }
}
