import { cacheGet, cachePut } from '../../lib/cache';

const REPO_RE = /^[\w.-]+\/[\w.-]+$/;

export async function getAllowedOrigins(repoWithOwner: string): Promise<string[]> {
  if (!REPO_RE.test(repoWithOwner)) return [];

  const cached = await cacheGet(repoWithOwner);
  if (cached) return cached;

  const res = await fetch(`https://raw.githubusercontent.com/${repoWithOwner}/HEAD/giscus.json`);
  if (!res.ok) return [];
  const { origins = [] } = (await res.json()) as { origins?: string[] };
  await cachePut(repoWithOwner, origins);
  return origins;
}
