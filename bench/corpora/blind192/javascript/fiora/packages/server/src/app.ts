import http from 'http';
import path from 'path';
import Koa from 'koa';
import koaSend from 'koa-send';
import koaStatic from 'koa-static';
import bodyParser from 'koa-bodyparser';
import { Server, Socket } from 'socket.io';

import config from '../../config/server';
import { verifyToken } from './utils/jwt';
import fileRouter from './routes/file';
import * as groupRoutes from './routes/group';
import * as messageRoutes from './routes/message';

type RouteHandler = (ctx: SocketContext) => Promise<unknown>;

export interface SocketContext {
    data: any;
    socket: { id: string; user?: string; ip: string };
}

const app = new Koa();
app.proxy = true;
app.use(bodyParser({ jsonLimit: '1mb' }));
app.use(fileRouter.routes());
app.use(koaStatic(path.join(__dirname, '../public'), { maxAge: 1000 * 60 * 60 * 24 * 7, gzip: true }));
app.use(async (ctx, next) => {
    if (!/\./.test(ctx.request.url)) {
        await koaSend(ctx, 'index.html', { root: path.join(__dirname, '../public'), maxage: 0 });
    } else {
        await next();
    }
});

const routes: Record<string, RouteHandler> = {
    ...groupRoutes,
    ...messageRoutes,
};

const httpServer = http.createServer(app.callback());
const io = new Server(httpServer, { cors: { origin: config.allowOrigin || '*' }, pingTimeout: 10000 });

io.on('connection', async (socket: Socket) => {
    const token = socket.handshake.query.token as string | undefined;
    const user = token ? await verifyToken(token) : null;
    const ctx: SocketContext['socket'] = { id: socket.id, user: user?.id, ip: socket.handshake.address };

    socket.onAny(async (event: string, data: unknown, callback?: (res: unknown) => void) => {
        const handler = Object.prototype.hasOwnProperty.call(routes, event) ? routes[event] : undefined;
        if (!handler) {
            callback?.({ error: `unknown event ${event}` });
            return;
        }
        try {
            const result = await handler({ data, socket: ctx });
            callback?.(result);
        } catch (err) {
            callback?.({ error: (err as Error).message });
        }
    });
});

export default httpServer;
