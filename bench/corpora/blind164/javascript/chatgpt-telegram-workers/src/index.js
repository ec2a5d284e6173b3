import { initEnv, ENV } from './config/env.js';
import { handleRequest } from './route/index.js';
import { errorToString } from './utils/error.js';

export default {
    async fetch(request, env) {
        try {
            initEnv(env);
            const response = await handleRequest(request);
            return response || new Response('NOT_FOUND', { status: 404 });
        } catch (e) {
            console.error('[worker] unhandled error', { message: e.message, path: new URL(request.url).pathname });
            return new Response(errorToString(e), { status: 500 });
        }
    },

    async scheduled(event, env, ctx) {
        initEnv(env);
        if (!ENV.SCHEDULE_GROUP_DELETE_TYPE?.length) {
            return;
        }
        ctx.waitUntil(cleanupScheduledMessages(env.DATABASE));
    },
};

async function cleanupScheduledMessages(db) {
    const list = await db.list({ prefix: 'schedule_delete:' });
    for (const key of list.keys) {
        const entry = JSON.parse((await db.get(key.name)) || '{}');
        if (entry.expire && entry.expire < Date.now()) {
            await db.delete(key.name);
        }
    }
}
