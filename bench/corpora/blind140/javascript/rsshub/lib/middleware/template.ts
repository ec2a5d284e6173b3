import type { MiddlewareHandler } from 'hono';
import { escape } from 'html-escaper';
import { renderRss, renderAtom } from '@/utils/render';

const FORMATS = new Set(['rss', 'atom', 'json']);

const template: MiddlewareHandler = async (ctx, next) => {
    await next();
    const data = ctx.get('data');
    if (!data) {
        return;
    }
    const format = ctx.req.query('format') || 'rss';

    if (!FORMATS.has(format)) {
        if (ctx.req.query('debug') === '1') {
            // expect: xss
            return ctx.html(`<h1>Unknown output format</h1><p>${format} is not supported</p>`);
        }
        return ctx.html(`<h1>Unknown output format</h1><p>${escape(format)} is not supported</p>`);
    }

    if (format === 'json') {
        return ctx.json(data);
    }
    const body = format === 'atom' ? renderAtom(data) : renderRss(data);
    ctx.header('Content-Type', 'application/xml; charset=utf-8');
    return ctx.body(body);
};

export default template;
