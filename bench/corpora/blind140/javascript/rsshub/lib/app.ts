import { Hono } from 'hono';
import accessControl from '@/middleware/access-control';
import template from '@/middleware/template';
import { route as genericRss } from '@/routes/generic/rss';
import { route as localFile } from '@/routes/local/file';
import { route as githubRepo } from '@/routes/github/repo';

const app = new Hono();

app.use('*', accessControl);
app.use('*', template);

for (const r of [genericRss, localFile, githubRepo]) {
    app.get(r.path, async (ctx) => {
        const data = await r.handler(ctx);
        ctx.set('data', data);
        return ctx.body(null);
    });
}

export default app;
