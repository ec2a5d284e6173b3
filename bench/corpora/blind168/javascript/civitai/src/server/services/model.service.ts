import { dbRead, dbWrite } from '~/server/db/client';
import { redis } from '~/server/redis/client';
import { escapeRegExp } from 'lodash-es';

type CachedTag = { id: number; name: string; modelIds: number[] };

async function getCachedTags(): Promise<CachedTag[]> {
  const cached = await redis.get('system:model-tags');
  if (cached) return JSON.parse(cached) as CachedTag[];
  const tags = await dbRead.tag.findMany({
    where: { target: { has: 'Model' } },
    select: { id: true, name: true, tagsOnModels: { select: { modelId: true } } },
  });
  const flat = tags.map((t) => ({ id: t.id, name: t.name, modelIds: t.tagsOnModels.map((m) => m.modelId) }));
  await redis.set('system:model-tags', JSON.stringify(flat), { EX: 600 });
  return flat;
}

async function modelsFor(tags: CachedTag[], limit: number) {
  const ids = [...new Set(tags.flatMap((t) => t.modelIds))].slice(0, limit);
  return dbRead.model.findMany({
    where: { id: { in: ids }, status: 'Published' },
    select: { id: true, name: true, type: true, nsfw: true },
  });
}

export async function getModelsByTagName({ tag, limit }: { tag: string; limit: number }) {
  const matcher = new RegExp(`^${escapeRegExp(tag)}$`, 'i');
  const tags = (await getCachedTags()).filter((t) => matcher.test(t.name));
  return modelsFor(tags, limit);
}

export async function getModelsByTagPattern({ pattern, limit }: { pattern: string; limit: number }) {
  // expect: redos
  const matcher = new RegExp(pattern, 'i');
  const tags = (await getCachedTags()).filter((t) => matcher.test(t.name));
  return modelsFor(tags, limit);
}

export async function getModelVersionsForCompare(ids: number[]) {
  return dbRead.modelVersion.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, baseModel: true, trainedWords: true, model: { select: { name: true } } },
  });
}

export async function toggleModelLock({ id, locked, userId }: { id: number; locked: boolean; userId: number }) {
  const model = await dbWrite.model.update({ where: { id }, data: { locked }, select: { id: true, userId: true } });
  await dbWrite.modActivity.create({ data: { userId, entityType: 'model', entityId: id, activity: locked ? 'lock' : 'unlock' } });
  return model;
}
