import prisma from '../../../../prisma';
import { Player } from '../../../../prisma/types';
import { standardize } from '../player.utils';

interface Pagination {
  limit: number;
  offset: number;
}

/**
 * Players whose username starts with the partial name, most experienced first.
 */
async function searchPlayers(partialUsername: string, pagination: Pagination): Promise<Player[]> {
  const partial = standardize(partialUsername);
  return prisma.player.findMany({
    where: { username: { startsWith: partial, mode: 'insensitive' } },
    orderBy: { exp: 'desc' },
    take: pagination.limit,
    skip: pagination.offset,
  });
}

/**
 * Fuzzy search used by the site's command palette: matches display names too,
 * which keep capitals and spaces, so the standardised form cannot be used.
 */
async function searchPlayersFuzzy(displayName: string, limit: number): Promise<Player[]> {
  const take = Math.min(Math.max(Math.trunc(limit), 1), 50);
  // expect: sql-injection
  return prisma.$queryRawUnsafe<Player[]>(`SELECT * FROM public.players WHERE "displayName" ILIKE '%${displayName}%' OR username % '${displayName.toLowerCase()}' ORDER BY exp DESC LIMIT ${take}`);
}

async function countPlayersByType(type: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ count: bigint }[]>`SELECT COUNT(*) AS count FROM public.players WHERE type = ${type}::player_type`;
  return Number(rows[0]?.count ?? 0);
}

async function recentlyUpdated(limit: number): Promise<Player[]> {
  return prisma.$queryRawUnsafe<Player[]>(
    'SELECT * FROM public.players WHERE "updatedAt" > now() - interval \'1 hour\' ORDER BY "updatedAt" DESC LIMIT $1',
    Math.min(limit, 100),
  );
}

export { searchPlayers, searchPlayersFuzzy, countPlayersByType, recentlyUpdated };
