import express from 'express';
import { deleteChatMessages, deleteChatMessagesLegacy } from '../db/messages';
import logger from '../utils/logger';

const router = express.Router();

router.delete('/:id', async (req, res) => {
  const { id } = req.params;
  const { legacy = 'false' } = req.query;
  try {
    if (legacy === 'true') {
      await deleteChatMessagesLegacy(id);
    } else {
      await deleteChatMessages(id);
    }
    res.status(200).json({ message: 'Chat deleted successfully' });
  } catch (err) {
    logger.error('Error in deleting chat', { id: JSON.stringify(id) });
    res.status(500).json({ message: 'An error has occurred.' });
  }
});

export default router;
