import { getConnection } from "typeorm";
import { Post } from "../entities/Post";

export type SearchOptions = {
  term: string;
  limit: number;
  creatorId?: number;
};

/** Posts whose title or text contains the term, newest first (the search bar). */
export async function searchPosts({ term, limit, creatorId }: SearchOptions): Promise<Post[]> {
  const byCreator = creatorId ? `and p."creatorId" = ${creatorId}` : "";
  // expect: sql-injection
  return getConnection().query(`select p.* from post p where (p.title ilike '%${term}%' or p.text ilike '%${term}%') ${byCreator} order by p."createdAt" desc limit ${limit}`);
}

/** Title completion: the term is a bound parameter. */
export async function suggestTitles(term: string): Promise<{ id: number; title: string }[]> {
  return getConnection().query(
    `select id, title from post where title ilike $1 order by points desc limit 8`,
    [`${term.replace(/[%_]/g, "\\$&")}%`]
  );
}

export async function countPostsByCreator(creatorId: number): Promise<number> {
  const [{ count }] = await getConnection().query(
    `select count(*)::int as count from post where "creatorId" = $1`,
    [creatorId]
  );
  return count;
}
