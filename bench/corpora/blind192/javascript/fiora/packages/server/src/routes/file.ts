import fs from 'fs/promises';
import path from 'path';
import Router from '@koa/router';

import config from '../../../config/server';
import { verifyToken } from '../utils/jwt';

const router = new Router({ prefix: '/api' });
const UPLOAD_DIR = path.join(__dirname, '../../public/uploads');
const AVATAR_DIR = path.join(__dirname, '../../public/avatar');

router.use(async (ctx, next) => {
    const token = ctx.get('authorization').replace(/^Bearer /, '');
    const user = token ? await verifyToken(token) : null;
    if (!user) {
        ctx.status = 401;
        ctx.body = { error: 'please login first' };
        return;
    }
    ctx.state.userId = user.id;
    await next();
});

router.post('/upload', async (ctx) => {
    const { fileName, file } = ctx.request.body as { fileName: string; file: string };
    if (!fileName || !file) {
        ctx.throw(400, 'fileName and file are required');
    }
    const buffer = Buffer.from(file, 'base64');
    if (buffer.length > config.maxFileSize) {
        ctx.throw(413, 'file too large');
    }
    // expect: path-traversal
    await fs.writeFile(path.join(UPLOAD_DIR, `${ctx.state.userId}_${fileName}`), buffer);
    ctx.body = { url: `/uploads/${encodeURIComponent(`${ctx.state.userId}_${fileName}`)}` };
});

router.post('/avatar', async (ctx) => {
    const { fileName, file } = ctx.request.body as { fileName: string; file: string };
    const safeName = `${ctx.state.userId}_${path.basename(String(fileName))}`;
    const buffer = Buffer.from(String(file), 'base64');
    await fs.writeFile(path.join(AVATAR_DIR, safeName), buffer);
    ctx.body = { url: `/avatar/${encodeURIComponent(safeName)}` };
});

export default router;
