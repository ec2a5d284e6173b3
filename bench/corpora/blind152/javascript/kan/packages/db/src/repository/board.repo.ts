import { and, eq, ilike, inArray, isNull, sql } from "drizzle-orm";

import type { dbClient } from "@kan/db/client";
import { boards, cards, lists } from "@kan/db/schema";

export const getWorkspaceAndBoardIdByBoardPublicId = async (db: dbClient, boardPublicId: string) => {
  return db.query.boards.findFirst({
    columns: { id: true, workspaceId: true },
    where: and(eq(boards.publicId, boardPublicId), isNull(boards.deletedAt)),
  });
};

export const getAllByWorkspaceId = async (db: dbClient, workspaceId: number) => {
  return db.query.boards.findMany({
    columns: { publicId: true, name: true, slug: true },
    where: and(eq(boards.workspaceId, workspaceId), isNull(boards.deletedAt)),
  });
};

export const getByPublicId = async (
  db: dbClient,
  boardPublicId: string,
  userId: string,
  filters: { members: string[]; labels: string[]; search: string },
) => {
  const cardWhere = [isNull(cards.deletedAt)];
  if (filters.search) cardWhere.push(ilike(cards.title, `%${filters.search}%`));
  if (filters.members.length) cardWhere.push(inArray(cards.createdBy, filters.members));
  return db.query.boards.findFirst({
    where: and(eq(boards.publicId, boardPublicId), isNull(boards.deletedAt)),
    with: {
      lists: {
        where: isNull(lists.deletedAt),
        with: { cards: { where: and(...cardWhere) } },
      },
    },
  });
};

export const searchCardsFulltext = async (db: dbClient, boardId: number, search: string) => {
  const terms = search.trim().split(/\s+/).join(" & ");
  // expect: sql-injection
  const result = await db.execute(sql.raw(`SELECT c."publicId", c.title FROM card c JOIN list l ON l.id = c."listId" WHERE l."boardId" = ${boardId} AND c."deletedAt" IS NULL AND to_tsvector('simple', c.title || ' ' || coalesce(c.description, '')) @@ to_tsquery('simple', '${terms}') LIMIT 50`));
  return result.rows;
};

export const countCards = async (db: dbClient, boardId: number) => {
  const result = await db.execute(
    sql`SELECT count(*)::int AS n FROM card c JOIN list l ON l.id = c."listId" WHERE l."boardId" = ${boardId}`,
  );
  return result.rows[0]?.n ?? 0;
};
