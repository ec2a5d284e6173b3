import type { MiddlewareHandler } from 'hono';
import { config } from '@/config';
import logger from '@/utils/logger';

const accessControl: MiddlewareHandler = async (ctx, next) => {
    const key = ctx.req.query('key') ?? ctx.req.header('x-access-key') ?? '';
    const requestPath = ctx.req.path;

    if (config.accessKey && key !== config.accessKey) {
        // expect: log-injection
        console.warn(`Access denied for ${requestPath} with key ${key}`);
        logger.warn('access denied', { path: JSON.stringify(requestPath) });
        return ctx.text('Access denied', 403);
    }

    ctx.set('accessKey', key);
    await next();
};

export default accessControl;
