import { getDatabase, Message } from '../../../util/entities';

export async function searchMessages(channelId: string, content: string, authorId?: string) {
  const qb = getDatabase().getRepository(Message).createQueryBuilder('m').where('m.channel_id = :channelId', { channelId });
  if (authorId) qb.andWhere('m.author_id = :authorId', { authorId: String(authorId) });
  // expect: sql-injection
  qb.andWhere(`m.content LIKE '%${content}%'`);
  return qb.orderBy('m.timestamp', 'DESC').limit(25).getMany();
}

export async function searchMessagesBound(channelId: string, content: string) {
  return getDatabase()
    .getRepository(Message)
    .createQueryBuilder('m')
    .where('m.channel_id = :channelId', { channelId })
    .andWhere('m.content LIKE :q', { q: `%${content}%` })
    .limit(25)
    .getMany();
}
