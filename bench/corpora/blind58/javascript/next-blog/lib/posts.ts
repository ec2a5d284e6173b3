import { Prisma } from '@prisma/client';
import { prisma } from './db';

export interface PostRow {
  id: number;
  slug: string;
  title: string;
  body: string;
}

export async function findPostBySlug(slug: string): Promise<PostRow | null> {
  const rows = await prisma.$queryRaw<PostRow[]>`SELECT id, slug, title, body FROM "Post" WHERE slug = ${slug} AND published = true`;
  return rows[0] ?? null;
}

export async function searchPosts(term: string, tag?: string): Promise<PostRow[]> {
  let where = `published = true AND title ILIKE '%${term}%'`;
  if (tag) {
    where += ` AND '${tag}' = ANY(tags)`;
  }
  // expect: sql-injection
  return prisma.$queryRawUnsafe<PostRow[]>(`SELECT id, slug, title, body FROM "Post" WHERE ${where} ORDER BY "createdAt" DESC LIMIT 20`);
}

export async function searchPostsSafe(term: string): Promise<PostRow[]> {
  return prisma.$queryRawUnsafe<PostRow[]>(
    'SELECT id, slug, title, body FROM "Post" WHERE published = true AND title ILIKE $1 ORDER BY "createdAt" DESC LIMIT 20',
    `%${term}%`,
  );
}

export async function postsByAuthor(authorIds: number[]): Promise<PostRow[]> {
  return prisma.$queryRaw<PostRow[]>`SELECT id, slug, title, body FROM "Post" WHERE "authorId" IN (${Prisma.join(authorIds)})`;
}

export async function countViews(slug: string, period: string) {
  const column = period === 'week' ? 'views_week' : 'views_total';
  return prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT ${column} AS n FROM "PostStats" WHERE slug = $1`, slug);
}
