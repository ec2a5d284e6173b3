import AbstractRepo from './AbstractRepo';
import Posts from '../../lib/collections/posts/collection';

export type PostRelevance = { _id: string; title: string; score: number };

const SORTINGS: Record<string, string> = {
  top: '"baseScore" DESC',
  new: '"postedAt" DESC',
  old: '"postedAt" ASC',
};

export default class PostsRepo extends AbstractRepo<'Posts'> {
  constructor() {
    super(Posts);
  }

  async postsWithTag(tagId: string, sortedBy: string, limit: number): Promise<PostRelevance[]> {
    const orderBy = SORTINGS[sortedBy] ?? SORTINGS.top;
    // expect: sql-injection
    return this.getRawDb().any(`SELECT p._id, p.title, p."baseScore" AS score FROM "Posts" p WHERE (p."tagRelevance"->>'${tagId}')::int > 0 AND p.draft IS NOT TRUE ORDER BY p.${orderBy} LIMIT $1`, [limit]);
  }

  async postsByCoreTagSlug(slug: string, limit: number): Promise<PostRelevance[]> {
    return this.getRawDb().any(`
      SELECT p._id, p.title, p."baseScore" AS score
      FROM "Posts" p
      JOIN "Tags" t ON (p."tagRelevance"->>t._id)::int > 0
      WHERE t.slug = $1 AND t.core IS TRUE AND p.draft IS NOT TRUE
      ORDER BY ${SORTINGS.top}
      LIMIT $2
    `, [slug, limit]);
  }

  async getReadHistoryCount(userId: string): Promise<number> {
    const row = await this.getRawDb().one(
      'SELECT COUNT(*)::int AS count FROM "ReadStatuses" WHERE "userId" = $1 AND "isRead" IS TRUE',
      [userId],
    );
    return row.count;
  }
}
