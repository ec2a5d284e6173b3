import { and, desc, eq, like, sql } from "drizzle-orm";
import { db } from "./index";
import { tweets, users, type Tweet } from "./schema";

/** Tweet queries used by the controllers. */
export async function latestTweets(limit: number): Promise<Tweet[]> {
  return db.select().from(tweets).orderBy(desc(tweets.createdAt)).limit(limit).all();
}

export async function tweetsByAuthor(authorId: string, limit: number): Promise<Tweet[]> {
  return db.select().from(tweets).where(eq(tweets.authorId, authorId)).orderBy(desc(tweets.createdAt)).limit(limit).all();
}

export async function searchTweets(term: string): Promise<Tweet[]> {
  return db
    .select()
    .from(tweets)
    .where(like(tweets.content, `%${term}%`))
    .orderBy(desc(tweets.createdAt))
    .limit(50)
    .all();
}

export async function searchTweetsByHandle(handle: string, term: string): Promise<Tweet[]> {
  // expect: sql-injection
  const rows = await db.all(sql.raw(`SELECT t.* FROM tweets t JOIN users u ON u.id = t.author_id WHERE u.handle = '${handle}' AND t.content LIKE '%${term.replace(/'/g, "''")}%' LIMIT 50`));
  return rows as Tweet[];
}

export async function countTweets(authorId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(tweets)
    .where(and(eq(tweets.authorId, authorId), sql`${tweets.deletedAt} IS NULL`))
    .all();
  return row?.n ?? 0;
}

export async function createTweet(authorId: string, content: string): Promise<Tweet> {
  const [tweet] = await db.insert(tweets).values({ authorId, content }).returning();
  return tweet;
}

export async function findUserByHandle(handle: string) {
  return db.select().from(users).where(eq(users.handle, handle)).get();
}
