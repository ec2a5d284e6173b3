import type { Context } from 'hono';
import type { Route } from '@/types';
import cache from '@/utils/cache';
import { readContent, readContentSafe } from '@/utils/read-content';

export const route: Route = {
    path: '/local/:name',
    name: 'Local markdown folder',
    maintainers: [],
    handler,
};

async function handler(ctx: Context) {
    const name = decodeURIComponent(ctx.req.param('name'));
    const strict = ctx.req.query('strict') !== '0';
    const text = await cache.tryGet(`local:${name}`, () => (strict ? readContentSafe(name) : readContent(name)));
    return {
        title: name,
        link: `/local/${encodeURIComponent(name)}`,
        item: [{ title: name, description: text }],
    };
}
