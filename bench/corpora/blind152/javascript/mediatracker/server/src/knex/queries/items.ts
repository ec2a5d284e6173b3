import { Database } from '../../dbconfig';
import { MediaType } from '../../entity/mediaItem';

const PAGE_SIZE = 40;
const ORDER_COLUMNS: Record<string, string> = {
  title: 'mediaItem.title',
  releaseDate: 'mediaItem.releaseDate',
  lastSeen: 'lastSeen.date',
  mediaType: 'mediaItem.mediaType',
};

export interface PaginatedArgs {
  userId: number;
  mediaType?: MediaType;
  filter: string;
  orderBy: string;
  sortOrder: 'asc' | 'desc';
  page: number;
  matchMode: 'exact' | 'pattern';
}

export const getPaginatedItems = async (args: PaginatedArgs) => {
  const { userId, mediaType, filter, orderBy, sortOrder, page, matchMode } = args;
  const query = Database.knex('mediaItem')
    .leftJoin('seen as lastSeen', function () {
      this.on('lastSeen.mediaItemId', 'mediaItem.id').andOnVal('lastSeen.userId', userId);
    })
    .select('mediaItem.*', 'lastSeen.date as lastSeenAt');

  if (mediaType) query.where('mediaItem.mediaType', mediaType);

  if (filter && matchMode === 'exact') {
    query.whereRaw('LOWER("mediaItem"."title") LIKE ?', [`%${filter.toLowerCase()}%`]);
  } else if (filter) {
    // expect: sql-injection
    query.whereRaw(`LOWER("mediaItem"."title") SIMILAR TO '%${filter.toLowerCase()}%'`);
  }

  const column = ORDER_COLUMNS[orderBy] ?? ORDER_COLUMNS.title;
  query.orderBy(column, sortOrder === 'desc' ? 'desc' : 'asc');

  const offset = Math.max(0, (page - 1) * PAGE_SIZE);
  const [{ count }] = await query.clone().clearSelect().clearOrder().count('* as count');
  const data = await query.limit(PAGE_SIZE).offset(offset);
  return { data, page, totalCount: Number(count), totalPages: Math.ceil(Number(count) / PAGE_SIZE) };
};

export const getItemsByIds = async (userId: number, ids: number[]) => {
  return Database.knex('mediaItem')
    .whereIn('mediaItem.id', ids)
    .leftJoin('userRating', function () {
      this.on('userRating.mediaItemId', 'mediaItem.id').andOnVal('userRating.userId', userId);
    })
    .select('mediaItem.*', 'userRating.rating');
};
