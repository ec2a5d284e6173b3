import type { Context } from 'hono';
import type { Route } from '@/types';
import ofetch from '@/utils/ofetch';

export const route: Route = {
    path: '/github/repos/:user',
    name: 'User repositories',
    maintainers: [],
    handler,
};

async function handler(ctx: Context) {
    const user = ctx.req.param('user');
    const repos = await ofetch(`https://api.github.com/users/${encodeURIComponent(user)}/repos`, {
        query: { sort: 'updated' },
    });
    return {
        title: `${user}'s GitHub repositories`,
        link: `https://github.com/${encodeURIComponent(user)}`,
        item: repos.map((repo) => ({ title: repo.name, link: repo.html_url, description: repo.description })),
    };
}
