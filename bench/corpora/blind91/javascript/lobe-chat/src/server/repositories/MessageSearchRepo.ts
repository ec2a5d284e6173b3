import { sql } from 'drizzle-orm';

import { serverDB } from '@/database/server';

export class MessageSearchRepo {
  private userId: string;

  constructor(userId: string) {
    this.userId = userId;
  }

  async searchByKeyword(keyword: string, limit = 20) {
    const pattern = `%${keyword}%`;
    return serverDB.execute(
      sql`SELECT id, content, created_at FROM messages WHERE user_id = ${this.userId} AND content ILIKE ${pattern} ORDER BY created_at DESC LIMIT ${limit}`,
    );
  }

  async searchInTopic(topicId: string, keyword: string) {
    // expect: sql-injection
    return serverDB.execute(sql.raw(`SELECT id, content FROM messages WHERE user_id = '${this.userId}' AND topic_id = '${topicId}' AND content ILIKE '%${keyword}%'`));
  }
}
