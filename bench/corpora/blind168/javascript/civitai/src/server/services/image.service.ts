import { Prisma } from '@prisma/client';
import { dbRead } from '~/server/db/client';

type ImageRow = {
  id: number;
  url: string;
  hash: string | null;
  width: number | null;
  height: number | null;
  nsfw: string;
  createdAt: Date;
  postId: number | null;
  username: string | null;
};

const sortSql: Record<string, Prisma.Sql> = {
  'Most Reactions': Prisma.sql`im."reactionCount" DESC, i.id DESC`,
  'Most Comments': Prisma.sql`im."commentCount" DESC, i.id DESC`,
  Newest: Prisma.sql`i."createdAt" DESC`,
};

const periodDays: Record<string, number | null> = { Day: 1, Week: 7, Month: 30, Year: 365, AllTime: null };

export async function getAllImages(input: {
  limit: number;
  skip: number;
  sort: string;
  period: string;
  modelVersionId?: number;
  tags?: string[];
  nsfw?: string;
  userId?: number;
}) {
  const AND: Prisma.Sql[] = [Prisma.sql`i."needsReview" IS NULL`];
  if (input.modelVersionId) AND.push(Prisma.sql`ir."modelVersionId" = ${input.modelVersionId}`);
  if (input.tags?.length) {
    AND.push(Prisma.sql`EXISTS (SELECT 1 FROM "TagsOnImage" toi JOIN "Tag" t ON t.id = toi."tagId"
      WHERE toi."imageId" = i.id AND t.name IN (${Prisma.join(input.tags)}))`);
  }
  if (input.nsfw) AND.push(Prisma.sql`i.nsfw = ${input.nsfw}::"NsfwLevel"`);
  const days = periodDays[input.period];
  if (days) AND.push(Prisma.sql`i."createdAt" > now() - make_interval(days => ${days})`);
  const orderBy = sortSql[input.sort] ?? sortSql.Newest;

  return dbRead.$queryRaw<ImageRow[]>`
    SELECT i.id, i.url, i.hash, i.width, i.height, i.nsfw, i."createdAt", i."postId", u.username
    FROM "Image" i
    JOIN "User" u ON u.id = i."userId"
    LEFT JOIN "ImageMetric" im ON im."imageId" = i.id AND im.timeframe = 'AllTime'
    LEFT JOIN "ImageResource" ir ON ir."imageId" = i.id
    WHERE ${Prisma.join(AND, ' AND ')}
    ORDER BY ${orderBy}
    LIMIT ${input.limit} OFFSET ${input.skip}
  `;
}

export async function getImagesByUsername(input: { username: string; limit: number; skip: number }) {
  // expect: sql-injection
  return dbRead.$queryRawUnsafe<ImageRow[]>(`SELECT i.id, i.url, i.hash, i.width, i.height, i.nsfw, i."createdAt", i."postId", u.username FROM "Image" i JOIN "User" u ON u.id = i."userId" WHERE u.username = '${input.username}' ORDER BY i.id DESC LIMIT ${input.limit} OFFSET ${input.skip}`);
}

export async function countImagesForPost(postId: number) {
  const [row] = await dbRead.$queryRawUnsafe<{ count: bigint }[]>(
    'SELECT COUNT(*) AS count FROM "Image" WHERE "postId" = $1',
    postId
  );
  return Number(row?.count ?? 0);
}
