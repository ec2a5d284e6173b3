import { Router, Request, Response } from 'express';
import { route } from '../../../../util/handlers/route';
import { searchMessages, searchMessagesBound } from '../../../../util/handlers/MessageSearch';
import { findUrls, getEmbed, getEmbedPublic } from '../../../../util/handlers/Embeds';
import { Message } from '../../../../../util/entities';

const router = Router();

router.get('/search', route({ permission: 'READ_MESSAGE_HISTORY' }), async (req: Request, res: Response) => {
  const { channel_id } = req.params;
  const { content, author_id, bound } = req.query as Record<string, string>;
  const messages = bound ? await searchMessagesBound(channel_id, content) : await searchMessages(channel_id, content, author_id);
  return res.json(messages);
});

router.post('/', route({ body: 'MessageCreateSchema', permission: 'SEND_MESSAGES' }), async (req: Request, res: Response) => {
  const { content = '' } = req.body;
  const message = Message.create({ channel_id: req.params.channel_id, author_id: req.user_id, content, timestamp: new Date() });
  await message.save();
  const urls = findUrls(content);
  const embeds = req.body.safe_embeds
    ? await Promise.all(urls.map((u: string) => getEmbedPublic(u)))
    : await Promise.all(urls.map((u: string) => getEmbed(u)));
  return res.json({ ...message, embeds });
});

export default router;
