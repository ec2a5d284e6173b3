import type { Db } from 'mongodb';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function searchChallenges(db: Db, q: string, block?: string) {
  const filter: Record<string, unknown> = { $where: `this.title.indexOf('${q}') !== -1` };
  if (block) filter.block = block;
  // expect: nosql-injection
  return db.collection('challenges').find(filter).limit(20).toArray();
}

export async function searchChallengesSafe(db: Db, q: string, block?: string) {
  const filter: Record<string, unknown> = { title: { $regex: escapeRegExp(q), $options: 'i' } };
  if (block) filter.block = String(block);
  return db.collection('challenges').find(filter).limit(20).toArray();
}
