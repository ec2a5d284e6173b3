import { createExpressRoute } from 'typescript-routes-to-openapi-server';
import axios from 'axios';
import { XMLParser } from 'fast-xml-parser';
import { importFromGoodreadsRss } from '../../import/goodreads';
import { logger } from '../../logger';

const GOODREADS_HOSTS = new Set(['www.goodreads.com', 'goodreads.com']);

/**
 * @openapi_tags Import
 */
export class GoodreadsImportController {
  import = createExpressRoute<{
    path: '/api/import-goodreads';
    method: 'post';
    requestBody: { url: string };
  }>(async (req, res) => {
    const userId = Number(req.user);
    const url = new URL(req.body.url);
    if (url.protocol !== 'https:' || !GOODREADS_HOSTS.has(url.hostname)) {
      res.status(400).send('Only goodreads.com RSS feeds can be imported');
      return;
    }
    const response = await axios.get(url.toString(), { timeout: 15000, responseType: 'text' });
    const feed = new XMLParser().parse(response.data);
    const summary = await importFromGoodreadsRss(userId, feed);
    logger.info('goodreads import finished', { userId, imported: summary.imported });
    res.send(summary);
  });

  preview = createExpressRoute<{
    path: '/api/import-goodreads/preview';
    method: 'get';
    requestQuery: { url: string };
  }>(async (req, res) => {
    // expect: ssrf
    const response = await axios.get(req.query.url, { timeout: 15000, responseType: 'text' });
    const feed = new XMLParser().parse(response.data);
    const items = feed?.rss?.channel?.item ?? [];
    // expect: log-injection
    logger.info(`goodreads preview of ${req.query.url} returned ${items.length} items`);
    res.send({ count: items.length, titles: items.slice(0, 10).map((i: any) => String(i.title)) });
  });
}
