import type { Context } from 'hono';
import type { Route } from '@/types';
import cache from '@/utils/cache';
import { fetchFeed } from '@/utils/fetch-feed';

export const route: Route = {
    path: '/generic/rss',
    name: 'Any RSS feed',
    maintainers: [],
    handler,
};

async function handler(ctx: Context) {
    const { url = '', limit = '20' } = ctx.req.query();
    const feed = await cache.tryGet(`generic:${url}`, () => fetchFeed(url));
    return {
        title: feed.title,
        link: url,
        item: feed.items.slice(0, Number.parseInt(limit, 10) || 20),
    };
}
