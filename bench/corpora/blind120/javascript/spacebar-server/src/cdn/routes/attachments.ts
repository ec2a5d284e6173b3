import { Router, Request, Response } from 'express';
import { storage } from '../../util/util/Storage';

const router = Router();

router.get('/:channel_id/:id/:filename', async (req: Request, res: Response) => {
  const { channel_id, id, filename } = req.params;
  const file = await storage.get(`attachments/${channel_id}/${id}/${filename}`);
  if (!file) return res.status(404).send('file not found');
  res.set('Cache-Control', 'public, max-age=31536000');
  return res.send(file);
});

router.get('/by-id/:channel_id/:id', async (req: Request, res: Response) => {
  const file = await storage.getById(req.params.channel_id, req.params.id);
  if (!file) return res.status(404).send('file not found');
  return res.send(file);
});

export default router;
