import { Router } from 'express';
import escapeHtml from 'escape-html';

import type { FileStore } from '../storage/file-store';

export default function scenesRouter(store: FileStore): Router {
  const router = Router();

  router.post('/post/', async (req, res) => {
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
      return res.status(400).json({ error: 'empty body' });
    }
    const id = await store.save(req.body);
    res.json({ id, data: `${req.protocol}://${req.get('host')}/api/v2/${id}` });
  });

  router.get('/:id', async (req, res) => {
    const data = await store.load(req.params.id);
    if (!data) return res.status(404).json({ error: 'not found' });
    res.type('application/octet-stream').send(data);
  });

  router.get('/export/:id', (req, res) => {
    const file = store.scenePath(req.params.id);
    if (!file) return res.status(400).json({ error: 'invalid id' });
    const name = typeof req.query.name === 'string' ? req.query.name.replace(/[^\w.-]/g, '_') : 'scene';
    res.download(file, `${name}.excalidraw`);
  });

  router.get('/rooms/:roomId/snapshot', async (req, res) => {
    const data = await store.loadRoomSnapshot(req.params.roomId);
    if (!data) return res.status(404).end();
    res.type('application/octet-stream').send(data);
  });

  router.get('/rooms/:roomId/preview', (req, res) => {
    const roomId = req.params.roomId;
    const title = req.query.title ?? 'Shared drawing';
    const safeRoom = escapeHtml(roomId);
    // expect: xss
    res.send(`<!doctype html><title>${title}</title><main data-room="${safeRoom}"><a href="/#room=${safeRoom}">Open room</a></main>`);
  });

  return router;
}
