import { createExpressRoute } from 'typescript-routes-to-openapi-server';
import { t } from '@lingui/macro';
import { MediaType } from '../entity/mediaItem';
import { getPaginatedItems, getItemsByIds } from '../knex/queries/items';
import { logger } from '../logger';

export type LastSeenAt = 'now' | 'release_date' | 'unknown' | 'custom_date';

const MEDIA_TYPES: ReadonlySet<string> = new Set(['tv', 'movie', 'book', 'video_game', 'audiobook']);

/**
 * @openapi_tags Items
 */
export class ItemsController {
  paginated = createExpressRoute<{
    method: 'get';
    path: '/api/items/paginated';
    requestQuery: {
      mediaType?: MediaType;
      filter?: string;
      orderBy?: string;
      sortOrder?: 'asc' | 'desc';
      page?: number;
      matchMode?: 'exact' | 'pattern';
    };
  }>(async (req, res) => {
    const userId = Number(req.user);
    const { mediaType, filter = '', orderBy = 'title', sortOrder = 'asc', page = 1, matchMode = 'exact' } = req.query;
    if (mediaType && !MEDIA_TYPES.has(mediaType)) {
      res.status(400).send(t`Unknown media type`);
      return;
    }
    const items = await getPaginatedItems({
      userId,
      mediaType,
      filter,
      orderBy,
      sortOrder,
      page: Number(page),
      matchMode,
    });
    res.send(items);
  });

  byIds = createExpressRoute<{
    method: 'get';
    path: '/api/items/by-ids';
    requestQuery: { ids: string };
  }>(async (req, res) => {
    const ids = String(req.query.ids).split(',').map(Number).filter(Number.isInteger);
    logger.debug('items by ids', { count: ids.length });
    res.send(await getItemsByIds(Number(req.user), ids));
  });
}
