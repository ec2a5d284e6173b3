import { Hono } from 'hono';
import { createStorage } from '../storage/storage.factory';
import { createNotesRepository } from '../notes/notes.repository';
import { registerNotesRoutes } from '../notes/notes.routes';

const app = new Hono<{ Variables: { clientIp: string } }>();

app.use('*', async (c, next) => {
  c.set('clientIp', c.req.header('x-forwarded-for') ?? 'unknown');
  await next();
});

const storage = createStorage({ driver: process.env.STORAGE_DRIVER ?? 'fs', root: process.env.STORAGE_ROOT ?? '/app/.data' });
registerNotesRoutes({ app, notesRepository: createNotesRepository({ storage }) });

export default app;
